//! dosrun: runs a DJGPP DOS executable under an emulated DOS + DPMI host.
//! See docs/HARNESS.md (in the repository) for what it promises; exit statuses are
//! in `outcome`.
mod bios;
mod cli;
mod clock;
mod cmos;
mod cpu;
mod dos;
mod dpmi;
mod interrupts;
mod keyboard;
mod machine;
mod memory;
mod net;
mod outcome;
mod ports;
mod regs;
mod rom;
mod stack;
mod stats;
mod strict;
mod timer_irq;
mod unicorn;
mod upcalls;

use machine::Machine;
use outcome::{Stop, EXIT_CTRL_C, EXIT_FAULT, EXIT_LOAD, EXIT_STRICT, EXIT_TIMEOUT, EXIT_USAGE};

fn say(message: &str) {
    dos::console::write_stderr(format!("dosrun: {message}\n").as_bytes());
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = match cli::parse(&args) {
        Ok(config) => config,
        Err(message) => {
            say(&message);
            std::process::exit(EXIT_USAGE);
        }
    };
    std::process::exit(run(config));
}

fn run(config: cli::Config) -> i32 {
    let program = config.program.clone();
    let stats_wanted = config.stats;
    let mut machine = match Machine::new(config) {
        Ok(machine) => machine,
        Err(stop) => {
            say(&format!("cannot start the emulator: {stop}"));
            return EXIT_FAULT;
        }
    };
    if let Err(reason) = machine.boot(&program) {
        say(&format!("{}: {reason}", program.display()));
        return EXIT_LOAD;
    }
    let before = match strict::snapshot(&mut machine) {
        Ok(snapshot) => snapshot,
        Err(stop) => {
            say(&stop.to_string());
            return EXIT_FAULT;
        }
    };
    let (stop, mut machine) = machine.run();
    let status = match stop {
        Stop::Exit(code) => match strict::check(&mut machine, &before) {
            Ok(problems) if problems.is_empty() => code as i32,
            Ok(problems) => {
                for problem in problems {
                    say(&format!("strict: {problem}"));
                }
                EXIT_STRICT
            }
            Err(stop) => {
                say(&stop.to_string());
                EXIT_FAULT
            }
        },
        Stop::CtrlC => {
            say(&stop.to_string());
            EXIT_CTRL_C
        }
        Stop::Timeout => {
            say(&format!(
                "timeout after {} instructions at {}",
                machine.instructions(),
                machine.where_now()
            ));
            EXIT_TIMEOUT
        }
        Stop::Fault(reason) => {
            say(&format!("fault: {reason}"));
            EXIT_FAULT
        }
    };
    if stats_wanted {
        say_stats(&mut machine);
    }
    status
}

fn say_stats(machine: &mut Machine) {
    machine.clock.set_instructions(machine.stats.instructions);
    let report = machine.stats.report(
        machine.clock.wall_seconds(),
        machine.clock.now_us(),
        machine.dpmi.blocks.peak_bytes,
        machine.dos.memory.peak_paragraphs,
    );
    dos::console::write_stderr(report.as_bytes());
    if let Some(net) = &machine.net {
        dos::console::write_stderr(net.report().as_bytes());
    }
}
