//! The network options of the command line: `--net`, `--hostfwd H:G`,
//! `--net-loss P`, `--net-reorder P`, `--net-dup P`, `--net-seed N`,
//! `--net-cut S`.

/// What the user asked of the network (`None` in `Config` = no `--net`).
#[derive(Debug, Clone, Default)]
pub struct NetOptions {
    /// (host port, guest port) pairs.
    pub hostfwd: Vec<(u16, u16)>,
    /// Probabilities (0..=1) that a frame is lost, held back one frame, duplicated.
    pub loss: f64,
    pub reorder: f64,
    pub dup: f64,
    /// Seed of the fault-injection generator.
    pub seed: u64,
    /// From this many seconds of the run's clock on, every frame is lost
    /// both ways: the peers vanish without a word (keep-alive tests).
    pub cut_after_s: Option<u64>,
}

/// True when `arg` is one of ours.
pub fn is_net_option(arg: &str) -> bool {
    matches!(
        arg,
        "--net"
            | "--hostfwd"
            | "--net-loss"
            | "--net-reorder"
            | "--net-dup"
            | "--net-seed"
            | "--net-cut"
    )
}

/// Applies option `arg` (with its value from `value` when it takes one).
pub fn apply(
    net: &mut Option<NetOptions>,
    arg: &str,
    value: &mut dyn FnMut(&str) -> Result<String, String>,
) -> Result<(), String> {
    let options = net.get_or_insert_with(|| NetOptions {
        seed: 1,
        ..NetOptions::default()
    });
    match arg {
        "--net" => {}
        "--hostfwd" => {
            let text = value(arg)?;
            let ports = text
                .split_once(':')
                .and_then(|(h, g)| Some((h.parse::<u16>().ok()?, g.parse::<u16>().ok()?)))
                .filter(|&(h, g)| h != 0 && g != 0);
            match ports {
                Some(pair) => options.hostfwd.push(pair),
                None => return Err(format!("--hostfwd wants HOSTPORT:GUESTPORT, got '{text}'")),
            }
        }
        "--net-cut" => {
            let text = value(arg)?;
            let seconds = text
                .parse()
                .map_err(|_| format!("--net-cut wants whole seconds, got '{text}'"))?;
            options.cut_after_s = Some(seconds);
        }
        "--net-seed" => {
            let text = value(arg)?;
            options.seed = text
                .parse()
                .map_err(|_| format!("--net-seed wants a number, got '{text}'"))?;
        }
        _ => {
            let text = value(arg)?;
            let p: f64 = text
                .parse()
                .ok()
                .filter(|p| (0.0..=1.0).contains(p))
                .ok_or_else(|| format!("{arg} wants a probability from 0 to 1, got '{text}'"))?;
            match arg {
                "--net-loss" => options.loss = p,
                "--net-reorder" => options.reorder = p,
                _ => options.dup = p,
            }
        }
    }
    Ok(())
}
