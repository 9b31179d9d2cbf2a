"""One QEMU PC for the rigs: a 486 (`-cpu 486`, no FPU use is allowed in
MPYDOS.EXE anyway) booting FreeDOS from a floppy with a FAT16 hard disk as
C:, COM1 to a file that batch files write progress lines to, the monitor on
a socket (to type keys), an NE2000 card on QEMU's user network when asked
for, and isa-debug-exit so QEXIT.COM ends the run."""

import os
import socket
import subprocess
import time

import parts

POLL_S = 0.2


class Machine:
    def __init__(self, folder, floppy, disk, memory_mb=16, net=False, hostfwd=()):
        self.folder = folder
        self.serial = os.path.join(folder, "COM1.TXT")
        self.monitor_path = os.path.join(folder, "MONITOR")
        net = ["-net", "none"]
        if net:
            forwards = "".join(f",hostfwd=tcp:127.0.0.1:{h}-:{g}" for h, g in hostfwd)
            net = ["-netdev", f"user,id=n{forwards}",
                   "-device", "ne2k_isa,netdev=n,iobase=0x300,irq=3"]
        self.argv = ["qemu-system-i386", "-cpu", "486", "-m", str(memory_mb),
                     "-display", "none", "-no-reboot",
                     "-drive", f"file={floppy},format=raw,if=floppy",
                     "-drive", f"file={disk},format=raw,if=ide", "-boot", "a",
                     "-serial", f"file:{self.serial}",
                     "-monitor", f"unix:{self.monitor_path},server,nowait",
                     "-device", "isa-debug-exit,iobase=0xf4", *net]
        self.proc = None

    def start(self):
        self.proc = subprocess.Popen(self.argv, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
        return self

    def lines(self):
        """COM1's lines so far."""
        try:
            with open(self.serial, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            return []
        return data.decode("ascii", "replace").replace("\r", "").split("\n")[:-1]

    def wait_line(self, line, timeout):
        """True once COM1 has printed `line`; False on timeout or exit."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if line in self.lines():
                return True
            if self.proc.poll() is not None:
                return line in self.lines()
            time.sleep(POLL_S)
        return False

    def type_keys(self, *keys):
        """Keys typed on the PC's keyboard, e.g. type_keys("ctrl-c")."""
        with socket.socket(socket.AF_UNIX) as s:
            s.connect(self.monitor_path)
            for key in keys:
                s.sendall(f"sendkey {key}\n".encode())
                time.sleep(0.1)

    def running(self):
        return self.proc.poll() is None

    def stop(self, timeout=0):
        """Wait up to `timeout` s for the PC to end itself, then end it."""
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc.stderr.close()


def autoexec(parts_lines, commands):
    """AUTOEXEC.BAT: the resident parts, then `commands`, then QEXIT."""
    return ["@ECHO OFF", *parts_lines, "ECHO BOOTED>COM1", *commands,
            "ECHO ALLDONE>COM1", "A:\\QEXIT"]


def floppy_parts(cwsdpmi=True, fdapm=False, packet_driver=False):
    """The floppy's files and the AUTOEXEC lines loading them: CWSDPMI
    resident without a swap file, FDAPM's idle handler, NE2000."""
    files, lines = {"QEXIT.COM": parts.helper("QEXIT.COM")}, []
    if cwsdpmi:
        files["CWSDPMI.EXE"] = parts.part("CWSDPMI.EXE")
        lines.append("A:\\CWSDPMI -p -s-")
    if fdapm:
        files["FDAPM.COM"] = parts.part("FDAPM.COM")
        lines.append("A:\\FDAPM APMDOS")
    if packet_driver:
        files["NE2000.COM"] = parts.part("NE2000.COM")
        lines.append("A:\\NE2000 0x60 3 0x300")
    return files, lines
