//! The `atelier` binary: the app window, or one of the commands (`atelier --help`).

use std::process::ExitCode;
use std::sync::Arc;

use atelier::commands::{self, Environment, Io};
use atelier::gui::{self, AppConfig};

fn main() -> ExitCode {
    gui::startup::mark_process_start();
    let env = Environment::from_process();
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut io = Io {
        out: &mut std::io::stdout(),
        err: &mut std::io::stderr(),
        input: &mut input,
    };
    let code = commands::run(std::env::args_os().skip(1), &env, &mut io, |cli, i18n| {
        let settings_path = env.settings.clone();
        let Some(data_dir) = commands::data_dir(cli, &env) else {
            eprintln!("{}", i18n.tr("err-no-data-dir"));
            return commands::EXIT_USAGE;
        };
        let config = AppConfig {
            data_dir,
            locale: cli.lang,
            plugin_dirs: cli.plugin_dirs.clone(),
            settings_path,
            clock: Arc::new(atelier::session::SystemClock),
            folder_picker: gui::FolderPicker::Dialog,
            native_projector: true,
            background_load: true,
            phones_address: cli.phones_address,
            database: commands::database(cli, &env),
        };
        match gui::run(config) {
            Ok(()) => commands::EXIT_OK,
            Err(error) => {
                eprintln!(
                    "{}",
                    i18n.tr_args("cli-gui-failed", &[("reason", error.to_string().into())])
                );
                commands::EXIT_PROBLEMS
            }
        }
    });
    ExitCode::from(code)
}
