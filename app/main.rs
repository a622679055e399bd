//! The `atelier` binary: the app window, or one of the commands (`atelier --help`).

use std::process::ExitCode;

fn main() -> ExitCode {
    let env = atelier::commands::Environment::from_process();
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut io = atelier::commands::Io {
        out: &mut std::io::stdout(),
        err: &mut std::io::stderr(),
        input: &mut input,
    };
    let code = atelier::commands::run(std::env::args_os().skip(1), &env, &mut io, |_cli, i18n| {
        // The window is built by a later part of the work; say so plainly meanwhile.
        eprintln!("{}", i18n.tr("cli-gui-later"));
        atelier::commands::EXIT_OK
    });
    ExitCode::from(code)
}
