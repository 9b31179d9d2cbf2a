"""Disk images for the QEMU rig, made with dosfstools and mtools: a FreeDOS
boot floppy (A:) and a FAT16 hard disk (C:) holding a folder of the build
machine, and reading files back from the hard disk after a run."""

import os
import struct
import subprocess

import parts

SECTOR = 512
FLOPPY_KB = 1440
# The hard disk's one partition starts at this sector (no boot code: the
# machine boots from A:, and DOS only needs the partition table).
PARTITION_START = 63
HEADS, SECTORS_PER_TRACK = 16, 63


def run(*argv):
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, MTOOLS_SKIP_CHECK="1", MTOOLS_NO_VFAT="1"))


def boot_floppy(path, files, autoexec):
    """A 1.44 MB FreeDOS floppy: FreeDOS's FAT12 boot sector (boot.asm,
    assembled here) over mkfs.fat's BPB, KERNEL.SYS, COMMAND.COM, the
    given {DOS name: host path} files and AUTOEXEC.BAT (CR LF)."""
    if os.path.exists(path):
        os.remove(path)
    run("mkfs.fat", "-C", "-F", "12", "-n", "MPYDOSRIG", path, str(FLOPPY_KB))
    # One per floppy: PCs are set up in parallel threads, and a shared file
    # could be read while another thread's nasm rewrites it.
    boot = os.path.splitext(path)[0] + "-BOOT12.BIN"
    run("nasm", "-dISFAT12", "-f", "bin", "-I", parts.THIRDPARTY + os.sep, "-o", boot,
        parts.part("boot.asm"))
    with open(boot, "rb") as f:
        code = f.read()
    with open(path, "r+b") as f:
        bpb = f.read(SECTOR)
        # The boot code around the BPB (bytes 3 to 3Eh) that mkfs.fat wrote.
        f.seek(0)
        f.write(code[:3] + bpb[3:0x3E] + code[0x3E:SECTOR])
    # KERNEL.SYS first, as SYS puts it.
    everything = {"KERNEL.SYS": parts.part("KERNEL.SYS"),
                  "COMMAND.COM": parts.part("COMMAND.COM"), **files}
    for name, source in everything.items():
        run("mcopy", "-i", path, source, "::" + name)
    text = os.path.splitext(path)[0] + "-AUTOEXEC.BAT"
    with open(text, "wb") as f:
        f.write("".join(line + "\r\n" for line in autoexec).encode("ascii"))
    run("mcopy", "-i", path, text, "::AUTOEXEC.BAT")


def hard_disk(path, folder, megabytes=64):
    """A hard disk with one FAT16 partition holding everything in `folder`."""
    total = megabytes * 2048
    with open(path, "wb") as f:
        f.truncate(total * SECTOR)
        f.seek(446)
        f.write(partition_entry(PARTITION_START, total - PARTITION_START))
        f.seek(510)
        f.write(b"\x55\xaa")
    run("mkfs.fat", "-F", "16", "-n", "MPYDOSDATA", "--offset", str(PARTITION_START),
        "-h", str(PARTITION_START), "-g", f"{HEADS}/{SECTORS_PER_TRACK}", path,
        str((total - PARTITION_START) // 2))
    entries = sorted(os.listdir(folder))
    if entries:
        run("mcopy", "-s", "-i", image_spec(path),
            *[os.path.join(folder, e) for e in entries], "::")


def partition_entry(start, count):
    """An MBR partition table entry: FAT16 (type 06h), CHS and LBA."""
    def chs(lba):
        cylinder, rest = divmod(lba, HEADS * SECTORS_PER_TRACK)
        head, sector = divmod(rest, SECTORS_PER_TRACK)
        cylinder = min(cylinder, 1023)
        return bytes([head, (sector + 1) | ((cylinder >> 2) & 0xC0), cylinder & 0xFF])
    return (b"\x80" + chs(start) + b"\x06" + chs(start + count - 1)
            + struct.pack("<II", start, count))


def image_spec(path):
    return f"{path}@@{PARTITION_START * SECTOR}"


def copy_out(path, dos_dir, host_dir):
    """Copy C:\\dos_dir\\* from the hard disk image into host_dir."""
    os.makedirs(host_dir, exist_ok=True)
    subprocess.run(["mcopy", "-n", "-o", "-i", image_spec(path), f"::{dos_dir}/*", host_dir],
                   env=dict(os.environ, MTOOLS_SKIP_CHECK="1"),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
