//! The command line: `dosrun [options] PROGRAM.EXE [ARGS...]`.
use std::path::PathBuf;

pub const USAGE: &str = "usage: dosrun [--drive DIR] [--mem MB] [--timeout S] [--mips N] \
[--stats] [--no-dpmi] [--net] [--hostfwd H:G]... [--net-loss P] [--net-reorder P] [--net-dup P] [--net-seed N] [--net-cut S] [--env NAME=VALUE]... [--pit-mode3] [--fpu] [--idle slice|return|hlt|none] [--lose-irq0 PERCENT] [--disk-free BYTES] PROGRAM.EXE [ARGS...]";

#[derive(Debug, Clone)]
pub struct Config {
    /// Host directory that is drive C: and the initial current directory.
    pub drive: PathBuf,
    /// DPMI memory the host offers, in MiB.
    pub mem_mb: u32,
    /// Wall-clock limit for the whole run, in seconds.
    pub timeout_s: Option<f64>,
    /// Virtual time: this many instructions make one microsecond.
    pub mips: Option<u64>,
    pub stats: bool,
    /// Run without a DPMI host (INT 2Fh AX=1687h fails).
    pub no_dpmi: bool,
    /// Extra DOS environment variables (`--env NAME=VALUE`).
    pub env: Vec<String>,
    /// PIT channel 0 in mode 3 (square wave, as real BIOSes set it) instead of mode 2.
    pub pit_mode3: bool,
    /// A 486DX (with an FPU); without it the CPU is a 486SX: CR0.EM is set,
    /// so every x87 instruction raises #NM and MMX/SSE ones #UD.
    pub fpu: bool,
    /// What INT 2Fh AX=1680h does.
    pub idle: crate::timer_irq::IdleModel,
    /// This share of the timer interrupts on a rate the program set never
    /// arrives (a PC with interrupts off too long, a starved virtual
    /// machine): the program must notice by its real-time clock.
    pub lose_irq0_percent: u8,
    /// The packet driver at INT 60h and its network (`--net` and friends).
    pub net: Option<crate::net::options::NetOptions>,
    /// Free space on drive C: (writes beyond it come back short, like a full disk).
    pub disk_free: Option<u64>,
    pub program: PathBuf,
    pub args: Vec<String>,
}

/// Parses the arguments after the program name; `Err` is a one-line message.
pub fn parse(args: &[String]) -> Result<Config, String> {
    let mut config = Config {
        drive: std::env::current_dir().map_err(|e| format!("cannot read working dir: {e}"))?,
        mem_mb: 64,
        timeout_s: None,
        mips: None,
        stats: false,
        no_dpmi: false,
        env: Vec::new(),
        pit_mode3: false,
        fpu: false,
        idle: crate::timer_irq::IdleModel::Slice,
        lose_irq0_percent: 0,
        net: None,
        disk_free: None,
        program: PathBuf::new(),
        args: Vec::new(),
    };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = |name: &str| {
            rest.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--drive" => config.drive = PathBuf::from(value("--drive")?),
            "--mem" => config.mem_mb = number(&value("--mem")?, "--mem", 1, 1024)? as u32,
            "--timeout" => {
                let text = value("--timeout")?;
                let secs: f64 = text
                    .parse()
                    .ok()
                    .filter(|s: &f64| *s > 0.0 && s.is_finite())
                    .ok_or_else(|| format!("--timeout wants positive seconds, got '{text}'"))?;
                config.timeout_s = Some(secs);
            }
            "--mips" => config.mips = Some(number(&value("--mips")?, "--mips", 1, 1_000_000)?),
            "--stats" => config.stats = true,
            "--no-dpmi" => config.no_dpmi = true,
            "--pit-mode3" => config.pit_mode3 = true,
            "--fpu" => config.fpu = true,
            "--idle" => {
                let text = value("--idle")?;
                config.idle = crate::timer_irq::IdleModel::parse(&text).ok_or_else(|| {
                    format!("--idle wants slice, return, hlt or none, got '{text}'")
                })?;
            }
            "--lose-irq0" => {
                let percent = number(&value("--lose-irq0")?, "--lose-irq0", 0, 99)?;
                config.lose_irq0_percent = percent as u8;
            }
            "--disk-free" => {
                let bytes = number(&value("--disk-free")?, "--disk-free", 0, 1 << 40)?;
                config.disk_free = Some(bytes);
            }
            "--env" => {
                let text = value("--env")?;
                match text.split_once('=') {
                    Some((name, _)) if !name.is_empty() && !name.contains('\0') => {
                        config.env.push(text.clone())
                    }
                    _ => return Err(format!("--env wants NAME=VALUE, got '{text}'")),
                }
            }
            option if crate::net::options::is_net_option(option) => {
                crate::net::options::apply(&mut config.net, option, &mut value)?
            }
            "--help" | "-h" => return Err(USAGE.to_string()),
            option if option.starts_with("--") => {
                return Err(format!("unknown option '{option}' ({USAGE})"))
            }
            program => {
                config.program = PathBuf::from(program);
                config.args = rest.cloned().collect();
                break;
            }
        }
    }
    if config.program.as_os_str().is_empty() {
        return Err(USAGE.to_string());
    }
    if !config.drive.is_dir() {
        return Err(format!(
            "--drive {}: not a directory",
            config.drive.display()
        ));
    }
    Ok(config)
}

fn number(text: &str, name: &str, min: u64, max: u64) -> Result<u64, String> {
    text.parse::<u64>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| format!("{name} wants a number from {min} to {max}, got '{text}'"))
}
