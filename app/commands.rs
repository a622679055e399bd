//! The `atelier` commands: `check`, `demo`, `export`, `erase`. Each writes what it did to
//! `out`, problems to `err`, and returns the process exit code.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use sessions::{ParticipantId, Store, StoreError};

use crate::cli::{self, Cli, Command};
use crate::i18n::{self, I18n, Locale};
use crate::messages;
use crate::plugins::trust::PluginDir;

/// Exit code: success, or a clean check.
pub const EXIT_OK: u8 = 0;
/// Exit code: `check` found problems, or a command failed.
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit code: bad arguments, or a missing data folder.
pub const EXIT_USAGE: u8 = 2;

/// What the process environment says, read once in `main` so tests can set it.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    /// `ATELIER_DATA_DIR`.
    pub data_dir: Option<PathBuf>,
    /// `ATELIER_LANG`, else `LANG`.
    pub lang: Option<String>,
    /// Whether a person can answer questions on standard input.
    pub interactive: bool,
    /// The user's settings file: `ATELIER_SETTINGS`, else the platform's configuration folder.
    pub settings: Option<PathBuf>,
    /// `ATELIER_PASSPHRASE`: opens an encrypted folder for a command (scripts; a person
    /// prefers `--passphrase-file`).
    pub passphrase: Option<Secret>,
    /// `ATELIER_DATABASE`: the service's database address.
    pub database: Option<String>,
}

/// A passphrase, never printed.
#[derive(Clone, Default)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

impl Environment {
    /// Reads the real process environment.
    pub fn from_process() -> Self {
        use std::io::IsTerminal as _;
        Self {
            data_dir: std::env::var_os("ATELIER_DATA_DIR")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
            lang: std::env::var("ATELIER_LANG")
                .ok()
                .or_else(|| std::env::var("LANG").ok()),
            interactive: std::io::stdin().is_terminal(),
            settings: std::env::var_os("ATELIER_SETTINGS")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
                .or_else(crate::gui::settings::Settings::default_path),
            passphrase: std::env::var("ATELIER_PASSPHRASE")
                .ok()
                .filter(|v| !v.is_empty())
                .map(Secret),
            database: std::env::var("ATELIER_DATABASE")
                .ok()
                .filter(|v| !v.trim().is_empty()),
        }
    }
}

/// Where the data folder is: `--data-dir`, else `ATELIER_DATA_DIR`, else the folder chosen in the
/// app's settings, else the platform's data folder.
pub fn data_dir(cli: &Cli, env: &Environment) -> Option<PathBuf> {
    cli.data_dir
        .clone()
        .or_else(|| env.data_dir.clone())
        .or_else(|| {
            env.settings
                .as_deref()
                .and_then(|path| crate::gui::settings::Settings::load(path).0.data_dir)
        })
        .or_else(|| {
            directories::ProjectDirs::from("fr", "Atelier", "Atelier")
                .map(|dirs| dirs.data_dir().to_path_buf())
        })
}

/// The service's database: `--database`, else `ATELIER_DATABASE`, else the settings'.
pub fn database(cli: &Cli, env: &Environment) -> Option<String> {
    cli.database
        .clone()
        .or_else(|| env.database.clone())
        .or_else(|| {
            env.settings
                .as_deref()
                .and_then(|path| crate::gui::settings::Settings::load(path).0.database)
        })
}

/// The language: `--lang`, else the environment, else French.
pub fn lang(cli: &Cli, env: &Environment) -> Locale {
    cli.lang
        .or_else(|| env.lang.as_deref().and_then(Locale::from_code))
        .unwrap_or_default()
}

/// Standard streams of a command.
pub struct Io<'a> {
    /// Standard output.
    pub out: &'a mut dyn Write,
    /// Standard error.
    pub err: &'a mut dyn Write,
    /// Standard input, for confirmations.
    pub input: &'a mut dyn BufRead,
}

/// Runs the command line `args` (without the program name). `gui` opens the app when there
/// is no command. Returns the exit code.
pub fn run(
    args: impl IntoIterator<Item = std::ffi::OsString>,
    env: &Environment,
    io: &mut Io<'_>,
    gui: impl FnOnce(&Cli, &I18n) -> u8,
) -> u8 {
    let args: Vec<_> = args.into_iter().collect();
    let cli = match cli::parse(args.iter().cloned()) {
        Ok(cli) => cli,
        Err(error) => {
            let i18n = i18n::load(
                cli::lang_hint(&args)
                    .or_else(|| env.lang.as_deref().and_then(Locale::from_code))
                    .unwrap_or_default(),
            );
            say(io.err, &messages::usage_error(&i18n, &error));
            say(io.err, &i18n.tr("cli-usage-hint"));
            return EXIT_USAGE;
        }
    };
    let i18n = i18n::load(lang(&cli, env));
    match &cli.command {
        Command::Help => {
            say(io.out, &i18n.tr("cli-help"));
            EXIT_OK
        }
        Command::HelpPlugin => {
            say(io.out, &i18n.tr("cli-help-plugin"));
            EXIT_OK
        }
        Command::Version => {
            say(io.out, &format!("atelier {}", env!("CARGO_PKG_VERSION")));
            EXIT_OK
        }
        Command::Gui => gui(&cli, &i18n),
        Command::Demo { dir, large } => demo(&i18n, dir, *large, io),
        Command::Encrypt { name } => encrypt(&cli, env, &i18n, name.as_deref(), io),
        Command::Decrypt => decrypt(&cli, env, &i18n, io),
        Command::Migrate { from, to } => migrate(&cli, env, &i18n, from, to, io),
        Command::DatabaseSetup => database_setup(&cli, env, &i18n, io),
        Command::DatabaseAddPerson { name, coordinator } => {
            database_add_person(&cli, env, &i18n, name, *coordinator, io)
        }
        Command::DatabaseAudit { participant } => with_store(&cli, env, &i18n, io, |store, io| {
            database_audit(&i18n, store, participant.as_ref(), io)
        }),
        Command::Send => with_store(&cli, env, &i18n, io, |store, io| send(&i18n, store, io)),
        Command::Plugins { trust: Some(file) } => trust(&i18n, env, file, io),
        Command::Plugins { trust: None } => plugins(&i18n, &load_registry(&cli, env), io),
        Command::PluginNew {
            id,
            dir,
            atelier_src,
        } => plugin_new(&i18n, id, dir.as_deref(), atelier_src.as_deref(), io),
        Command::PluginCheck { file } => plugin_check(&i18n, file, io),
        Command::Check {
            file: Some(file), ..
        } => check_activity_file(&i18n, file, io),
        Command::Check { repair, file: None } => with_store(&cli, env, &i18n, io, |store, io| {
            check(&i18n, store, *repair, io)
        }),
        Command::Export { participant, to } => with_store(&cli, env, &i18n, io, |store, io| {
            let registry = load_registry(&cli, env);
            export(&i18n, &registry, store, participant, to, io)
        }),
        Command::Report {
            from,
            to,
            format,
            out,
        } => with_store(&cli, env, &i18n, io, |store, io| {
            let registry = load_registry(&cli, env);
            report(
                &i18n,
                &registry,
                store,
                (*from, *to),
                *format,
                out.as_deref(),
                io,
            )
        }),
        Command::Erase { participant, yes } => with_store(&cli, env, &i18n, io, |store, io| {
            let registry = load_registry(&cli, env);
            erase(
                &i18n,
                &registry,
                store,
                participant,
                *yes,
                env.interactive,
                io,
            )
        }),
    }
}

/// The folders plugins load from: the data folder's `plugins/` (approved libraries only),
/// then each `--plugin-dir`.
pub fn plugin_dirs(data_dir: Option<&Path>, extra: &[PathBuf]) -> Vec<PluginDir> {
    data_dir
        .map(|dir| PluginDir {
            path: dir.join(sessions::PLUGINS_DIR),
            needs_approval: true,
        })
        .into_iter()
        .chain(extra.iter().map(|path| PluginDir {
            path: path.clone(),
            needs_approval: false,
        }))
        .collect()
}

/// The activities for a command: built-ins, approved libraries of the data folder, and the
/// `--plugin-dir` folders.
fn load_registry(cli: &Cli, env: &Environment) -> crate::plugins::ActivityRegistry {
    let approvals = env
        .settings
        .as_deref()
        .map(|path| crate::gui::settings::Settings::load(path).0.trusted_plugins)
        .unwrap_or_default();
    let data_dir = data_dir(cli, env);
    crate::plugins::load_all(
        &plugin_dirs(data_dir.as_deref(), &cli.plugin_dirs),
        &approvals,
        data_dir
            .map(|dir| dir.join(sessions::ACTIVITIES_DIR))
            .as_deref(),
    )
}

/// `plugins --trust FILE`: approves a library in the user's settings.
fn trust(i18n: &I18n, env: &Environment, file: &Path, io: &mut Io<'_>) -> u8 {
    use crate::gui::settings::Settings;
    let Some(settings_path) = env.settings.as_deref() else {
        say(io.err, &i18n.tr("err-no-settings"));
        return EXIT_USAGE;
    };
    let (mut settings, error) = Settings::load(settings_path);
    if let Some(error) = error {
        // Never replace settings that could not be read: the person would lose them.
        say(io.err, &messages::store_error(i18n, &error));
        return EXIT_PROBLEMS;
    }
    let today = chrono::Local::now().date_naive();
    let sha256 = match crate::plugins::trust::approve(&mut settings.trusted_plugins, file, today) {
        Ok(sha256) => sha256,
        Err(error) => {
            say(
                io.err,
                &messages::store_error(i18n, &StoreError::io(file, error)),
            );
            return EXIT_PROBLEMS;
        }
    };
    if let Err(error) = settings.save(settings_path) {
        say(io.err, &messages::store_error(i18n, &error));
        return EXIT_PROBLEMS;
    }
    say(
        io.out,
        &i18n.tr_args(
            "plugins-trusted",
            &[
                ("path", file.into()),
                ("sha256", sha256.into()),
                ("settings", settings_path.into()),
            ],
        ),
    );
    EXIT_OK
}

fn plugins(i18n: &I18n, registry: &crate::plugins::ActivityRegistry, io: &mut Io<'_>) -> u8 {
    say(io.out, &i18n.tr("plugins-heading-installed"));
    if registry.iter().next().is_none() {
        say(io.out, &format!("  {}", i18n.tr("plugins-none")));
    }
    for activity in registry.iter() {
        let d = &activity.descriptor;
        let source = activity.source.describe(i18n);
        say(
            io.out,
            &format!(
                "  {} {}  {}  {}",
                d.id,
                d.version,
                d.name.get(i18n.locale()),
                source
            ),
        );
    }
    if !registry.refused().is_empty() {
        say(io.out, &i18n.tr("plugins-heading-refused"));
        for refused in registry.refused() {
            say(
                io.out,
                &format!("  {}", messages::refused_line(i18n, refused)),
            );
        }
    }
    // Refusals are information, not a failure of the command.
    EXIT_OK
}

/// The file name cargo gives a library crate's shared library on this platform.
pub fn library_file_name(crate_name: &str) -> String {
    format!(
        "{}{crate_name}{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    )
}

fn plugin_new(
    i18n: &I18n,
    id: &str,
    dir: Option<&Path>,
    source: Option<&Path>,
    io: &mut Io<'_>,
) -> u8 {
    match crate::plugins::kit::new_plugin(id, dir, source) {
        Ok(written) => {
            say(
                io.out,
                &i18n.tr_args(
                    "plugin-new-done",
                    &[
                        ("id", id.into()),
                        ("dir", written.dir.as_path().into()),
                        ("api", written.source.join("plugins/api").as_path().into()),
                        ("channel", written.channel.into()),
                        ("library", library_file_name(id).into()),
                    ],
                ),
            );
            EXIT_OK
        }
        Err(error) => {
            say(io.err, &messages::kit_error(i18n, &error));
            EXIT_PROBLEMS
        }
    }
}

fn plugin_check(i18n: &I18n, file: &Path, io: &mut Io<'_>) -> u8 {
    match crate::plugins::loader::load(file) {
        Ok((_, descriptor)) => {
            say(
                io.out,
                &i18n.tr_args(
                    "plugin-check-accepted",
                    &[
                        ("path", file.into()),
                        ("id", descriptor.id.as_str().into()),
                        ("version", descriptor.version.as_str().into()),
                        ("name", descriptor.name.get(i18n.locale()).into()),
                    ],
                ),
            );
            EXIT_OK
        }
        Err(error) => {
            say(
                io.out,
                &i18n.tr_args(
                    "plugin-check-refused",
                    &[
                        ("path", file.into()),
                        (
                            "reason",
                            messages::refusal(i18n, &crate::plugins::Refusal::Load(error)).into(),
                        ),
                    ],
                ),
            );
            EXIT_PROBLEMS
        }
    }
}

fn say(stream: &mut dyn Write, line: &str) {
    // Nothing sensible can be done if the terminal is gone.
    let _ignored = writeln!(stream, "{line}");
}

fn with_store(
    cli: &Cli,
    env: &Environment,
    i18n: &I18n,
    io: &mut Io<'_>,
    command: impl FnOnce(&Store, &mut Io<'_>) -> u8,
) -> u8 {
    let Some(dir) = data_dir(cli, env) else {
        say(io.err, &i18n.tr("err-no-data-dir"));
        return EXIT_USAGE;
    };
    if let Some(address) = database(cli, env) {
        let opened = sessions::db::DatabaseUrl::parse(&address)
            .map_err(sessions::StoreError::Database)
            .and_then(|url| Store::connect(url, &dir));
        return match opened {
            Ok(store) => command(&store, io),
            Err(error) => {
                say(io.err, &messages::store_error(i18n, &error));
                EXIT_USAGE
            }
        };
    }
    let opened = match Store::open(&dir) {
        // An encrypted folder: the passphrase given in a file or the environment opens it.
        Err(sessions::StoreError::Locked(_)) => match passphrase(cli, env, i18n, io) {
            Some(secret) => Store::unlock(&dir, &secret),
            None => return EXIT_USAGE,
        },
        opened => opened,
    };
    match opened {
        Ok(store) => command(&store, io),
        Err(error) => {
            say(io.err, &messages::store_error(i18n, &error));
            EXIT_USAGE
        }
    }
}

/// The passphrase of an encrypted folder: the first line of `--passphrase-file`, else
/// `ATELIER_PASSPHRASE`; when neither is given, says how to give it.
fn passphrase(
    cli: &Cli,
    env: &Environment,
    i18n: &I18n,
    io: &mut Io<'_>,
) -> Option<zeroize::Zeroizing<String>> {
    if let Some(file) = &cli.passphrase_file {
        return match std::fs::read_to_string(file) {
            Ok(text) => Some(zeroize::Zeroizing::new(
                text.lines().next().unwrap_or_default().to_owned(),
            )),
            Err(error) => {
                say(
                    io.err,
                    &messages::store_error(i18n, &sessions::StoreError::io(file, error)),
                );
                None
            }
        };
    }
    if let Some(secret) = &env.passphrase {
        return Some(zeroize::Zeroizing::new(secret.0.clone()));
    }
    say(io.err, &i18n.tr("cli-no-passphrase"));
    None
}

/// The data folder and the passphrase a migration needs; each missing one said.
fn folder_and_passphrase(
    cli: &Cli,
    env: &Environment,
    i18n: &I18n,
    io: &mut Io<'_>,
) -> Option<(PathBuf, zeroize::Zeroizing<String>)> {
    let Some(dir) = data_dir(cli, env) else {
        say(io.err, &i18n.tr("err-no-data-dir"));
        return None;
    };
    passphrase(cli, env, i18n, io).map(|secret| (dir, secret))
}

/// `atelier encrypt`: the data folder encrypted (or finished), then checked.
fn encrypt(cli: &Cli, env: &Environment, i18n: &I18n, name: Option<&str>, io: &mut Io<'_>) -> u8 {
    let Some((dir, secret)) = folder_and_passphrase(cli, env, i18n, io) else {
        return EXIT_USAGE;
    };
    let facilitator = env
        .settings
        .as_deref()
        .map(|path| crate::gui::settings::Settings::load(path).0.facilitator)
        .unwrap_or_default();
    let name = name.map_or(facilitator, str::to_owned);
    if name.trim().is_empty() && !dir.join(sessions::vault::KEYRING_FILE).exists() {
        say(io.err, &i18n.tr("cli-encrypt-name"));
        return EXIT_USAGE;
    }
    let done = sessions::encryption::encrypt_folder(
        &dir,
        name.trim(),
        &secret,
        sessions::vault::KdfCost::DEFAULT,
    );
    // Verified: the folder opens with the passphrase and `check` finds nothing wrong.
    migrated(i18n, io, done, "cli-encrypted", || {
        Store::unlock(&dir, &secret)
    })
}

/// `atelier decrypt`: the data folder back in clear (or finished), then checked.
fn decrypt(cli: &Cli, env: &Environment, i18n: &I18n, io: &mut Io<'_>) -> u8 {
    let Some((dir, secret)) = folder_and_passphrase(cli, env, i18n, io) else {
        return EXIT_USAGE;
    };
    let done = sessions::encryption::decrypt_folder(&dir, &secret);
    migrated(i18n, io, done, "cli-decrypted", || Store::open(&dir))
}

/// Says what a migration did (`said`: its message), the recovery key if one was made, then
/// checks the folder as `reopen` opens it now.
fn migrated(
    i18n: &I18n,
    io: &mut Io<'_>,
    done: Result<sessions::encryption::Migrated, sessions::StoreError>,
    said: &str,
    reopen: impl FnOnce() -> Result<Store, sessions::StoreError>,
) -> u8 {
    let done = match done {
        Ok(done) => done,
        Err(error) => {
            say(io.err, &messages::store_error(i18n, &error));
            return EXIT_PROBLEMS;
        }
    };
    say(
        io.out,
        &i18n.tr_args(
            said,
            &[
                ("done", done.rewritten.into()),
                ("already", done.already.into()),
            ],
        ),
    );
    if let Some(recovery) = &done.recovery {
        say(
            io.out,
            &i18n.tr_args("cli-recovery-key", &[("key", recovery.as_str().into())]),
        );
    }
    match reopen() {
        Ok(store) => check(i18n, &store, false, io),
        Err(error) => {
            say(io.err, &messages::store_error(i18n, &error));
            EXIT_PROBLEMS
        }
    }
}

fn check(i18n: &I18n, store: &Store, repair: bool, io: &mut Io<'_>) -> u8 {
    let report = if repair {
        let repaired = match sessions::repair(store) {
            Ok(repaired) => repaired,
            Err(error) => {
                say(io.err, &messages::store_error(i18n, &error));
                return EXIT_PROBLEMS;
            }
        };
        for problem in &repaired.fixed {
            say(
                io.out,
                &i18n.tr_args(
                    "repair-fixed",
                    &[("problem", messages::problem(i18n, problem).into())],
                ),
            );
        }
        for (problem, error) in &repaired.failed {
            say(
                io.err,
                &i18n.tr_args(
                    "repair-failed",
                    &[
                        ("problem", messages::problem(i18n, problem).into()),
                        ("reason", messages::store_error(i18n, error).into()),
                    ],
                ),
            );
        }
        say(
            io.out,
            &i18n.tr_args("repair-summary", &[("fixed", repaired.fixed.len().into())]),
        );
        repaired.after
    } else {
        sessions::check(store)
    };
    for problem in &report.problems {
        say(io.out, &messages::problem(i18n, problem));
    }
    let repairable = report
        .problems
        .iter()
        .filter(|p| p.kind.repairable())
        .count();
    say(
        io.out,
        &i18n.tr_args(
            "check-summary",
            &[
                ("journeys", report.journeys.into()),
                ("records", report.records.into()),
                ("drafts", report.drafts.into()),
                ("problems", report.problems.len().into()),
                ("repairable", repairable.into()),
            ],
        ),
    );
    let bad_activities =
        check_activity_files(i18n, &store.root().join(sessions::ACTIVITIES_DIR), io);
    if report.is_clean() && bad_activities == 0 {
        EXIT_OK
    } else {
        EXIT_PROBLEMS
    }
}

/// Checks the activity files of `dir` as the app reads them (a taken id included), says how
/// each one is, and returns how many cannot be used.
fn check_activity_files(i18n: &I18n, dir: &Path, io: &mut Io<'_>) -> usize {
    let mut registry = crate::plugins::ActivityRegistry::default();
    crate::plugins::builtins::register_builtins(&mut registry);
    registry.add_shipped();
    registry.load_activity_files(dir);
    let ready: Vec<_> = registry
        .iter()
        .filter(|a| matches!(a.source, crate::plugins::Source::TextFile(_)))
        .collect();
    for activity in &ready {
        say(io.out, &activity_ready_line(i18n, activity));
    }
    let refused: Vec<_> = registry
        .refused()
        .iter()
        .filter(|r| r.path.as_deref().is_some_and(|p| p.starts_with(dir)))
        .collect();
    for refused in &refused {
        say(io.out, &messages::refused_line(i18n, refused));
    }
    if !ready.is_empty() || !refused.is_empty() {
        say(
            io.out,
            &i18n.tr_args(
                "check-activities-summary",
                &[
                    ("ready", ready.len().into()),
                    ("refused", refused.len().into()),
                ],
            ),
        );
    }
    refused.len()
}

/// "FILE: « Name » (id), N steps — ready."
fn activity_ready_line(i18n: &I18n, activity: &crate::plugins::RegisteredActivity) -> String {
    let d = &activity.descriptor;
    i18n.tr_args(
        "check-activity-ready",
        &[
            ("path", activity.source.describe(i18n).into()),
            ("name", d.name.get(i18n.locale()).into()),
            ("id", d.id.as_str().into()),
        ],
    )
}

/// `check FILE`: one activity file, as the app would read it, without a data folder.
fn check_activity_file(i18n: &I18n, file: &Path, io: &mut Io<'_>) -> u8 {
    match text_activity::read_file(file) {
        Ok(spec) => {
            say(
                io.out,
                &i18n.tr_args(
                    "check-activity-file-ok",
                    &[
                        ("path", file.into()),
                        ("name", spec.name.get(i18n.locale()).into()),
                        ("id", spec.id.as_str().into()),
                        ("steps", spec.steps.len().into()),
                        ("fields", spec.fields().count().into()),
                    ],
                ),
            );
            EXIT_OK
        }
        Err(error) => {
            say(
                io.out,
                &messages::refused_line(
                    i18n,
                    &crate::plugins::Refused {
                        path: Some(file.to_path_buf()),
                        refusal: crate::plugins::Refusal::ActivityFile(error),
                    },
                ),
            );
            EXIT_PROBLEMS
        }
    }
}

/// `report`: the service's activity over a period, printable or as CSV, to a file or standard
/// output.
fn report(
    i18n: &I18n,
    registry: &crate::plugins::ActivityRegistry,
    store: &Store,
    (from, to): (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>),
    format: cli::ReportFormat,
    out: Option<&Path>,
    io: &mut Io<'_>,
) -> u8 {
    use chrono::Datelike as _;
    let today = chrono::Local::now().date_naive();
    let to = to.unwrap_or(today);
    let from =
        from.unwrap_or_else(|| chrono::NaiveDate::from_ymd_opt(to.year(), 1, 1).unwrap_or(to));
    if from > to {
        say(io.err, &i18n.tr("report-bad-period"));
        return EXIT_USAGE;
    }
    let period = sessions::report::Period { from, to };
    // A closed year's printed report is its frozen figures (frozen now if they were not);
    // the CSV files, row by row, are the data as it is now.
    let printed = matches!(
        format,
        cli::ReportFormat::Html | cli::ReportFormat::Markdown
    );
    let (kept, year, failed) = crate::report::kept_report(store, period, today, printed);
    if let Some(error) = failed {
        say(io.err, &crate::messages::store_error(i18n, &error));
    }
    if let Some(note) = year
        .as_ref()
        .and_then(|y| crate::report::year_note(i18n, y))
    {
        say(io.err, &note);
    }
    let recomputed = year.as_ref().map_or(&kept, |y| &y.recomputed);
    let report = if printed { &kept } else { recomputed };
    let text = match format {
        cli::ReportFormat::Html => crate::report::html(i18n, registry, report, period),
        cli::ReportFormat::Markdown => crate::report::markdown(i18n, registry, report, period),
        cli::ReportFormat::Csv => crate::report::sessions_csv(i18n, registry, report),
        cli::ReportFormat::CsvPeople => crate::report::people_csv(i18n, report),
        cli::ReportFormat::Fidelity => {
            let answers = match store.service_year(to.year()) {
                Ok(file) => file.review,
                Err(error) => {
                    say(io.err, &crate::messages::store_error(i18n, &error));
                    Default::default()
                }
            };
            let rows = sessions::fidelity::grid(report, &answers);
            crate::report::fidelity_html(i18n, &rows, period, to.year())
        }
    };
    if report.unreadable_records > 0 {
        say(
            io.err,
            &i18n.tr_args(
                "report-unreadable",
                &[("count", report.unreadable_records.into())],
            ),
        );
    }
    match out {
        None => match io.out.write_all(text.as_bytes()) {
            Ok(()) => EXIT_OK,
            Err(_) => EXIT_PROBLEMS,
        },
        Some(path) => match sessions::write_file_atomic(path, text.as_bytes()) {
            Ok(()) => {
                say(
                    io.out,
                    &i18n.tr_args("report-written", &[("path", path.into())]),
                );
                if store.is_encrypted() {
                    say(io.out, &i18n.tr("written-in-clear"));
                }
                EXIT_OK
            }
            Err(error) => {
                say(io.err, &messages::store_error(i18n, &error));
                EXIT_PROBLEMS
            }
        },
    }
}

fn demo(i18n: &I18n, dir: &Path, large: bool, io: &mut Io<'_>) -> u8 {
    let result = Store::create(dir).and_then(|store| {
        if !store.load_journeys().items.is_empty() {
            return Ok(None);
        }
        if large {
            let (participants, sessions) = (1_000, 50_000);
            return sessions::demo::populate_large(&store, participants, sessions).map(|()| {
                Some(sessions::demo::DemoReport {
                    participants,
                    sessions,
                })
            });
        }
        sessions::demo::populate(&store, chrono::Local::now().date_naive()).map(Some)
    });
    match result {
        Ok(Some(report)) => {
            say(
                io.out,
                &i18n.tr_args(
                    "demo-done",
                    &[
                        ("path", dir.into()),
                        ("participants", report.participants.into()),
                        ("sessions", report.sessions.into()),
                    ],
                ),
            );
            EXIT_OK
        }
        Ok(None) => {
            say(
                io.err,
                &i18n.tr_args("err-demo-not-empty", &[("path", dir.into())]),
            );
            EXIT_PROBLEMS
        }
        Err(error) => fail(i18n, &error, io),
    }
}

fn fail(i18n: &I18n, error: &StoreError, io: &mut Io<'_>) -> u8 {
    say(io.err, &messages::store_error(i18n, error));
    EXIT_PROBLEMS
}

fn export(
    i18n: &I18n,
    registry: &crate::plugins::ActivityRegistry,
    store: &Store,
    id: &ParticipantId,
    to: &Path,
    io: &mut Io<'_>,
) -> u8 {
    let report = crate::printable::export_with_document(
        i18n,
        store,
        id,
        to,
        chrono::Local::now().date_naive(),
        &|activity| registry.name(activity, i18n),
    );
    match report {
        Ok(report) => {
            say(
                io.out,
                &i18n.tr_args(
                    "export-done",
                    &[
                        ("id", id.as_str().into()),
                        ("path", report.dir.as_path().into()),
                        ("files", report.files.len().into()),
                    ],
                ),
            );
            if store.is_encrypted() {
                say(io.out, &i18n.tr("written-in-clear"));
            }
            EXIT_OK
        }
        Err(error) => fail(i18n, &error, io),
    }
}

fn erase(
    i18n: &I18n,
    registry: &crate::plugins::ActivityRegistry,
    store: &Store,
    id: &ParticipantId,
    yes: bool,
    interactive: bool,
    io: &mut Io<'_>,
) -> u8 {
    if !yes {
        if !interactive {
            say(io.err, &i18n.tr("erase-needs-yes"));
            return EXIT_USAGE;
        }
        let journey = match store.load_journey(id) {
            Ok(journey) => journey.value,
            Err(error) => return fail(i18n, &error, io),
        };
        let prompt = i18n.tr_args(
            "erase-confirm",
            &[
                ("name", journey.display_name.as_str().into()),
                ("id", id.as_str().into()),
                ("records", journey.timeline.len().into()),
            ],
        );
        let _ignored = write!(io.out, "{prompt} ");
        let _ignored = io.out.flush();
        let mut answer = String::new();
        let confirmed = io.input.read_line(&mut answer).is_ok()
            && answer
                .trim()
                .eq_ignore_ascii_case(&i18n.tr("erase-yes-word"));
        if !confirmed {
            say(io.out, &i18n.tr("erase-cancelled"));
            return EXIT_PROBLEMS;
        }
    }
    let forget =
        |activity: &str, data: &str, who: &ParticipantId| registry.forget(activity, data, who);
    match sessions::erase_participant(store, id, &forget) {
        Ok(report) => {
            say(
                io.out,
                &i18n.tr_args(
                    "erase-done",
                    &[
                        ("id", id.as_str().into()),
                        ("removed", report.records_removed.len().into()),
                        ("records", report.records_changed.len().into()),
                        ("drafts", report.drafts_changed.len().into()),
                    ],
                ),
            );
            let rest = crate::messages::erase_rest(i18n, &report);
            if !rest.is_empty() {
                say(io.out, &rest);
            }
            if report.is_complete() {
                EXIT_OK
            } else {
                EXIT_PROBLEMS
            }
        }
        Err(error) => fail(i18n, &error, io),
    }
}

/// A database handle on `--database` (or `ATELIER_DATABASE`, or the settings'), each missing
/// or bad address said.
fn database_handle(
    cli: &Cli,
    env: &Environment,
    i18n: &I18n,
    io: &mut Io<'_>,
) -> Option<sessions::db::Database> {
    let Some(address) = database(cli, env) else {
        say(io.err, &i18n.tr("cli-no-database"));
        return None;
    };
    match sessions::db::DatabaseUrl::parse(&address).and_then(sessions::db::Database::new) {
        Ok(db) => Some(db),
        Err(error) => {
            say(
                io.err,
                &messages::store_error(i18n, &sessions::StoreError::Database(error)),
            );
            None
        }
    }
}

/// `atelier database setup`: the service's database made or brought up to date.
fn database_setup(cli: &Cli, env: &Environment, i18n: &I18n, io: &mut Io<'_>) -> u8 {
    let Some(db) = database_handle(cli, env, i18n, io) else {
        return EXIT_USAGE;
    };
    match sessions::db::schema::setup(&db) {
        Ok(report) => {
            say(
                io.out,
                &i18n.tr_args(
                    "cli-db-setup",
                    &[
                        ("address", db.url().shown().into()),
                        ("applied", report.applied.len().into()),
                        (
                            "version",
                            crate::i18n::Arg::Num(f64::from(sessions::db::schema::LATEST)),
                        ),
                    ],
                ),
            );
            EXIT_OK
        }
        Err(error) => {
            say(io.err, &messages::store_error(i18n, &error));
            EXIT_PROBLEMS
        }
    }
}

/// `atelier database add-person NAME [--coordinator]`: a login role, with the password given
/// in `--passphrase-file` or `ATELIER_PASSPHRASE`.
fn database_add_person(
    cli: &Cli,
    env: &Environment,
    i18n: &I18n,
    name: &str,
    coordinator: bool,
    io: &mut Io<'_>,
) -> u8 {
    let Some(db) = database_handle(cli, env, i18n, io) else {
        return EXIT_USAGE;
    };
    let Some(password) = passphrase(cli, env, i18n, io) else {
        return EXIT_USAGE;
    };
    match sessions::db::schema::add_person(&db, name, &password, coordinator) {
        Ok(()) => {
            say(
                io.out,
                &i18n.tr_args(
                    if coordinator {
                        "cli-db-coordinator-added"
                    } else {
                        "cli-db-advisor-added"
                    },
                    &[("name", name.into()), ("address", db.url().shown().into())],
                ),
            );
            EXIT_OK
        }
        Err(error) => {
            say(io.err, &messages::store_error(i18n, &error));
            EXIT_PROBLEMS
        }
    }
}

/// `atelier database audit [--participant ID]`: the audit log, newest first, one line each.
fn database_audit(
    i18n: &I18n,
    store: &Store,
    participant: Option<&ParticipantId>,
    io: &mut Io<'_>,
) -> u8 {
    let Some(db) = store.database() else {
        say(io.err, &i18n.tr("cli-no-database"));
        return EXIT_USAGE;
    };
    match db.audit_log(participant, 10_000) {
        Ok(lines) => {
            for line in lines {
                say(
                    io.out,
                    &format!(
                        "{}\t{}\t{}\t{}\t{}",
                        line.at.to_rfc3339(),
                        line.who,
                        line.action,
                        line.participant.as_deref().unwrap_or("-"),
                        line.detail
                    ),
                );
            }
            EXIT_OK
        }
        Err(error) => {
            say(io.err, &messages::store_error(i18n, &error));
            EXIT_PROBLEMS
        }
    }
}

/// `atelier send`: the sessions saved while the database could not be reached, sent now.
fn send(i18n: &I18n, store: &Store, io: &mut Io<'_>) -> u8 {
    let results = store.send_pending();
    let mut code = EXIT_OK;
    let mut sent = 0_usize;
    for (id, result) in &results {
        match result {
            Ok(_) => sent += 1,
            Err(error) => {
                code = EXIT_PROBLEMS;
                say(
                    io.err,
                    &format!("{id}: {}", messages::store_error(i18n, error)),
                );
            }
        }
    }
    let left = store.pending_sessions().items.len();
    say(
        io.out,
        &i18n.tr_args("cli-sent", &[("sent", sent.into()), ("left", left.into())]),
    );
    code
}

/// `atelier migrate`: every journey, record and service year copied from one side to the
/// other (a folder into a database, or back), then both checked.
fn migrate(
    cli: &Cli,
    env: &Environment,
    i18n: &I18n,
    from: &crate::cli::Side,
    to: &crate::cli::Side,
    io: &mut Io<'_>,
) -> u8 {
    let local = data_dir(cli, env);
    let open = |side: &crate::cli::Side, new: bool| -> Result<Store, sessions::StoreError> {
        match side {
            crate::cli::Side::Folder(dir) if new => Store::create(dir),
            crate::cli::Side::Folder(dir) => Store::open(dir),
            crate::cli::Side::Database(address) => {
                let url = sessions::db::DatabaseUrl::parse(address)
                    .map_err(sessions::StoreError::Database)?;
                let local = local
                    .clone()
                    .ok_or_else(|| sessions::StoreError::MissingDataDir(PathBuf::new()))?;
                Store::connect(url, local)
            }
        }
    };
    let (source, target) = match (open(from, false), open(to, true)) {
        (Ok(source), Ok(target)) => (source, target),
        (Err(error), _) | (_, Err(error)) => {
            say(io.err, &messages::store_error(i18n, &error));
            return EXIT_USAGE;
        }
    };
    match sessions::db::migrate::copy_all(&source, &target) {
        Ok(done) => {
            say(
                io.out,
                &i18n.tr_args(
                    "cli-migrated",
                    &[
                        ("journeys", done.journeys.into()),
                        ("records", done.records.into()),
                        ("years", done.service_years.into()),
                    ],
                ),
            );
            for (side, report) in [("from", &done.from), ("to", &done.to)] {
                for problem in &report.problems {
                    say(
                        io.err,
                        &format!("{side}: {}", messages::problem(i18n, problem)),
                    );
                }
            }
            if done.verified() {
                say(
                    io.out,
                    &i18n.tr_args(
                        "cli-migrate-verified",
                        &[
                            ("journeys", done.to.journeys.into()),
                            ("records", done.to.records.into()),
                        ],
                    ),
                );
                EXIT_OK
            } else {
                EXIT_PROBLEMS
            }
        }
        Err(sessions::db::migrate::MigrateError::Store(error)) => {
            say(io.err, &messages::store_error(i18n, &error));
            EXIT_PROBLEMS
        }
        Err(sessions::db::migrate::MigrateError::SourceNotClean(count)) => {
            say(
                io.err,
                &i18n.tr_args("cli-migrate-source-not-clean", &[("count", count.into())]),
            );
            EXIT_PROBLEMS
        }
        Err(sessions::db::migrate::MigrateError::NotEmpty(place)) => {
            say(
                io.err,
                &i18n.tr_args(
                    "cli-migrate-not-empty",
                    &[("place", place.as_path().into())],
                ),
            );
            EXIT_PROBLEMS
        }
    }
}
