"""One DOSBox run for the rigs: Debian's DOSBox 0.74 headless (SDL's dummy
video and audio), 16 MB, a folder of the build machine as C:, and an
[autoexec] of our commands that ends with `exit`. DOSBox writes C:'s files
straight to the folder, so progress is watched there.

The CPU runs a fixed 30000 cycles per emulated millisecond (a fast 486): with
`cycles=max` DOSBox follows the build machine's load, and on a busy machine
asyncio/waitfor2 and asyncio/sleepsem saw their timers fire in another
order (timeouts of 0.1 s before sleeps of 0.01 s); at a fixed rate DOS time
keeps in step with the instructions run, and they pass."""

import os
import subprocess

CONF = """[sdl]
output=surface
[dosbox]
memsize={memory_mb}
[cpu]
core=normal
cycles=fixed 30000
[serial]
serial1=disabled
[autoexec]
mount c "{folder}"
c:
{commands}
exit
"""


def start(folder, commands, memory_mb):
    conf = os.path.join(folder, "..", os.path.basename(folder) + ".conf")
    with open(conf, "w") as f:
        f.write(CONF.format(folder=folder, commands="\n".join(commands), memory_mb=memory_mb))
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    # DOSBox ignores SIGTERM: the rig ends it with SIGKILL (Popen.kill).
    return subprocess.Popen(["dosbox", "-conf", conf, "-noconsole"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                            cwd=os.path.dirname(conf))
