"""One DOSBox run for the rigs: Debian's DOSBox 0.74 headless (SDL's dummy
video and audio), 16 MB, a folder of the build machine as C:, and an
[autoexec] of our commands that ends with `exit`. DOSBox writes C:'s files
straight to the folder, so progress is watched there."""

import os
import subprocess

CONF = """[sdl]
output=surface
[dosbox]
memsize=16
[cpu]
core=normal
cycles=max
[serial]
serial1=disabled
[autoexec]
mount c "{folder}"
c:
{commands}
exit
"""


def start(folder, commands):
    conf = os.path.join(folder, "..", os.path.basename(folder) + ".conf")
    with open(conf, "w") as f:
        f.write(CONF.format(folder=folder, commands="\n".join(commands)))
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    # DOSBox ignores SIGTERM: the rig ends it with SIGKILL (Popen.kill).
    return subprocess.Popen(["dosbox", "-conf", conf, "-noconsole"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                            cwd=os.path.dirname(conf))
