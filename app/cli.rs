//! Command-line parsing: global options anywhere, then at most one command.

use std::ffi::OsString;
use std::path::PathBuf;

use chrono::NaiveDate;

use sessions::{IdError, ParticipantId};

use crate::i18n::Locale;

/// What the user asked for on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cli {
    /// `--data-dir`, if given.
    pub data_dir: Option<PathBuf>,
    /// `--lang`, if given.
    pub lang: Option<Locale>,
    /// Each `--plugin-dir`, in order.
    pub plugin_dirs: Vec<PathBuf>,
    /// `--phones-address`: where the participants' phones' page listens (an IP address, or
    /// address:port); else the computer's address on the local network, any free port.
    pub phones_address: Option<std::net::SocketAddr>,
    /// `--passphrase-file`: the file whose first line opens an encrypted folder (else
    /// `ATELIER_PASSPHRASE`), or is the password of `database add-person`.
    pub passphrase_file: Option<PathBuf>,
    /// `--database`: the service's `PostgreSQL` database (else `ATELIER_DATABASE`, else the
    /// settings'); the data folder then keeps this computer's drafts and sessions to send.
    pub database: Option<String>,
    /// The command.
    pub command: Command,
}

/// A command of the `atelier` binary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// No command: open the app.
    Gui,
    /// `--help`: every command.
    Help,
    /// `plugin --help` (or `plugins --help`): making, checking and approving plugins.
    HelpPlugin,
    /// `--version`.
    Version,
    /// `check [--repair] [FILE]`: the data folder (its activity files included), or one
    /// activity file.
    Check {
        /// Complete interrupted saves.
        repair: bool,
        /// An activity file to check alone, without a data folder.
        file: Option<PathBuf>,
    },
    /// `encrypt [--name NAME]`: encrypt the data folder (or finish encrypting it), opened by
    /// NAME's passphrase.
    Encrypt {
        /// The advisor whose passphrase opens it (else the settings' facilitator).
        name: Option<String>,
    },
    /// `decrypt`: the data folder back in clear (or finish it).
    Decrypt,
    /// `migrate --from-folder DIR --to ADDRESS` or `migrate --from ADDRESS --to-folder DIR`:
    /// every journey, record and service year copied, then both sides checked.
    Migrate {
        /// Where the data comes from.
        from: Side,
        /// Where it goes.
        to: Side,
    },
    /// `database setup`: make or bring up to date the service's database (an administrator's
    /// `--database` address).
    DatabaseSetup,
    /// `database add-person NAME [--coordinator]`: a login role for an advisor (or a
    /// coordinator), its password from `--passphrase-file` or `ATELIER_PASSPHRASE`.
    DatabaseAddPerson {
        /// The role's name.
        name: String,
        /// A coordinator (reads the audit log).
        coordinator: bool,
    },
    /// `database audit [--participant ID]`: the audit log, newest first (coordinators).
    DatabaseAudit {
        /// Only what concerns this person.
        participant: Option<ParticipantId>,
    },
    /// `send`: the sessions saved while the database could not be reached, sent now.
    Send,
    /// `demo DIR [--large]`.
    Demo {
        /// Where to write the demo data folder.
        dir: PathBuf,
        /// 1,000 people and 50,000 sessions instead of the ten people of the demo (to measure).
        large: bool,
    },
    /// `export --participant ID --to DIR`.
    Export {
        /// Who.
        participant: ParticipantId,
        /// Where.
        to: PathBuf,
    },
    /// `plugins [--trust FILE]`: list the activities and the refused plugin files, or approve
    /// a plugin library.
    Plugins {
        /// The library to approve.
        trust: Option<PathBuf>,
    },
    /// `plugin new ID [--dir DIR] [--atelier-src PATH]`: write a plugin crate that builds
    /// outside Atelier's repository.
    PluginNew {
        /// The activity's id, also the crate's name.
        id: String,
        /// Where to write it (default `./ID`).
        dir: Option<PathBuf>,
        /// The Atelier source tree to take the plugin API from.
        atelier_src: Option<PathBuf>,
    },
    /// `plugin check FILE`: whether this Atelier accepts a plugin library, and if not why.
    PluginCheck {
        /// The library.
        file: PathBuf,
    },
    /// `report [--from DATE] [--to DATE] [--format html|md|csv|csv-people|fidelity] [--out FILE]`: the
    /// service's activity over a period (this year to today by default).
    Report {
        /// First day.
        from: Option<NaiveDate>,
        /// Last day.
        to: Option<NaiveDate>,
        /// What to write.
        format: ReportFormat,
        /// Where (standard output when absent).
        out: Option<PathBuf>,
    },
    /// `erase --participant ID [--yes]`.
    Erase {
        /// Who.
        participant: ParticipantId,
        /// Do not ask for confirmation.
        yes: bool,
    },
}

/// One side of a migration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Side {
    /// A data folder.
    Folder(PathBuf),
    /// A database's address.
    Database(String),
}

/// What `report` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReportFormat {
    /// The printable report (HTML, with its chart).
    #[default]
    Html,
    /// The same in Markdown.
    Markdown,
    /// One row per session.
    Csv,
    /// One row per person, under an anonymous code.
    CsvPeople,
    /// The fidelity review's whole grid (HTML): computed items scored, the team's answers for
    /// the period's last year, blanks where none was given.
    Fidelity,
}

/// What is wrong with the command line (exit code 2).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UsageError {
    /// Not a known command.
    #[error("unknown command {0:?}")]
    UnknownCommand(String),
    /// Not a known option.
    #[error("unknown option {0:?}")]
    UnknownOption(String),
    /// An option without its value.
    #[error("{0} needs a value")]
    MissingValue(&'static str),
    /// A required argument is missing; the value is the message id of what is missing.
    #[error("missing {0}")]
    MissingArgument(&'static str),
    /// An argument too many.
    #[error("unexpected {0:?}")]
    Unexpected(String),
    /// An unknown language.
    #[error("unknown language {0:?}")]
    BadLang(String),
    /// A participant id that is not valid.
    #[error("bad id: {0}")]
    BadId(IdError),
    /// A date that is not one (`YYYY-MM-DD` or `DD/MM/YYYY`).
    #[error("bad date {0:?}")]
    BadDate(String),
    /// A report format that is not one.
    #[error("bad format {0:?}")]
    BadFormat(String),
    /// An address for the phones that is not one.
    #[error("bad address {0:?}")]
    BadAddress(String),
}

/// The language asked for with `--lang`, looked for alone so that even a command line with
/// another mistake gets its error message in the right language.
pub fn lang_hint(args: &[OsString]) -> Option<Locale> {
    let args: Vec<_> = args.iter().map(|a| a.to_string_lossy()).collect();
    args.iter()
        .enumerate()
        .rev()
        .find_map(|(i, arg)| match arg.split_once('=') {
            Some(("--lang", code)) => Locale::from_code(code),
            _ if arg == "--lang" => args.get(i + 1).and_then(|code| Locale::from_code(code)),
            _ => None,
        })
}

/// Parses the arguments (without the program name).
///
/// # Errors
/// [`UsageError`] saying what is wrong.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Cli, UsageError> {
    let mut args = args
        .into_iter()
        .map(|a| a.to_string_lossy().into_owned())
        .peekable();
    let mut cli = Cli {
        data_dir: None,
        lang: None,
        plugin_dirs: Vec::new(),
        phones_address: None,
        passphrase_file: None,
        database: None,
        command: Command::Gui,
    };
    let mut command: Option<String> = None;
    let mut positional: Vec<String> = Vec::new();
    let mut participant: Option<String> = None;
    let mut to: Option<PathBuf> = None;
    let mut trust: Option<PathBuf> = None;
    let mut dir: Option<PathBuf> = None;
    let mut atelier_src: Option<PathBuf> = None;
    let mut repair = false;
    let mut large = false;
    let mut from: Option<String> = None;
    let mut format: Option<String> = None;
    let mut out: Option<PathBuf> = None;
    let mut yes = false;
    let mut advisor: Option<String> = None;
    let mut from_folder: Option<PathBuf> = None;
    let mut to_folder: Option<PathBuf> = None;
    let mut coordinator = false;
    let mut help = false;
    let mut version = false;

    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => {
                (name.to_owned(), Some(value.to_owned()))
            }
            _ => (arg.clone(), None),
        };
        let mut value = |option: &'static str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or(UsageError::MissingValue(option))
        };
        match name.as_str() {
            "--data-dir" => cli.data_dir = Some(PathBuf::from(value("--data-dir")?)),
            "--plugin-dir" => cli.plugin_dirs.push(PathBuf::from(value("--plugin-dir")?)),
            "--lang" => {
                let code = value("--lang")?;
                cli.lang = Some(Locale::from_code(&code).ok_or(UsageError::BadLang(code))?);
            }
            "--phones-address" => {
                let text = value("--phones-address")?;
                let address = crate::phones::parse_address(&text)
                    .ok_or_else(|| UsageError::BadAddress(text.clone()))?;
                cli.phones_address = Some(address);
            }
            "--participant" => participant = Some(value("--participant")?),
            "--name" => advisor = Some(value("--name")?),
            "--passphrase-file" => {
                cli.passphrase_file = Some(PathBuf::from(value("--passphrase-file")?));
            }
            "--to" => to = Some(PathBuf::from(value("--to")?)),
            "--database" => cli.database = Some(value("--database")?),
            "--from-folder" => from_folder = Some(PathBuf::from(value("--from-folder")?)),
            "--to-folder" => to_folder = Some(PathBuf::from(value("--to-folder")?)),
            "--coordinator" => coordinator = true,
            "--trust" => trust = Some(PathBuf::from(value("--trust")?)),
            "--from" => from = Some(value("--from")?),
            "--format" => format = Some(value("--format")?),
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--dir" => dir = Some(PathBuf::from(value("--dir")?)),
            "--atelier-src" => atelier_src = Some(PathBuf::from(value("--atelier-src")?)),
            "--repair" => repair = true,
            "--large" => large = true,
            "--yes" | "-y" => yes = true,
            "--help" | "-h" => help = true,
            "--version" | "-V" => version = true,
            other if other.starts_with('-') && other != "-" => {
                return Err(UsageError::UnknownOption(arg));
            }
            _ if command.is_none() => command = Some(arg),
            _ => positional.push(arg),
        }
    }

    let parse_id = |text: Option<String>| -> Result<ParticipantId, UsageError> {
        let text = text.ok_or(UsageError::MissingArgument("what-participant"))?;
        ParticipantId::parse(&text).map_err(UsageError::BadId)
    };
    let mut positional = positional.into_iter();
    cli.command = if help {
        match command.as_deref() {
            Some("plugin" | "plugins") => Command::HelpPlugin,
            _ => Command::Help,
        }
    } else if version {
        Command::Version
    } else {
        match command.as_deref() {
            None => Command::Gui,
            Some("check") => Command::Check {
                repair,
                file: positional.next().map(PathBuf::from),
            },
            Some("plugins") => Command::Plugins { trust },
            Some("plugin") => match positional.next().as_deref() {
                Some("new") => Command::PluginNew {
                    id: positional
                        .next()
                        .ok_or(UsageError::MissingArgument("what-plugin-id"))?,
                    dir,
                    atelier_src,
                },
                Some("check") => Command::PluginCheck {
                    file: positional
                        .next()
                        .map(PathBuf::from)
                        .ok_or(UsageError::MissingArgument("what-plugin-file"))?,
                },
                Some(other) => return Err(UsageError::UnknownCommand(format!("plugin {other}"))),
                None => return Err(UsageError::MissingArgument("what-plugin-command")),
            },
            Some("demo") => Command::Demo {
                dir: positional
                    .next()
                    .map(PathBuf::from)
                    .ok_or(UsageError::MissingArgument("what-demo-dir"))?,
                large,
            },
            Some("export") => Command::Export {
                participant: parse_id(participant)?,
                to: to.ok_or(UsageError::MissingArgument("what-to"))?,
            },
            Some("report") => {
                let date = |text: Option<String>| -> Result<Option<NaiveDate>, UsageError> {
                    text.map(|t| atelier_plugin_api::parse_date(&t).ok_or(UsageError::BadDate(t)))
                        .transpose()
                };
                Command::Report {
                    from: date(from)?,
                    to: date(to.map(|p| p.to_string_lossy().into_owned()))?,
                    format: match format.as_deref() {
                        None | Some("html") => ReportFormat::Html,
                        Some("md" | "markdown") => ReportFormat::Markdown,
                        Some("csv") => ReportFormat::Csv,
                        Some("csv-people") => ReportFormat::CsvPeople,
                        Some("fidelity") => ReportFormat::Fidelity,
                        Some(other) => return Err(UsageError::BadFormat(other.to_owned())),
                    },
                    out,
                }
            }
            Some("erase") => Command::Erase {
                participant: parse_id(participant)?,
                yes,
            },
            Some("encrypt") => Command::Encrypt { name: advisor },
            Some("decrypt") => Command::Decrypt,
            Some("send") => Command::Send,
            Some("migrate") => {
                let from = match (from_folder, from) {
                    (Some(dir), None) => Side::Folder(dir),
                    (None, Some(address)) => Side::Database(address),
                    _ => return Err(UsageError::MissingArgument("what-migrate-from")),
                };
                let to = match (to_folder, to) {
                    (Some(dir), None) => Side::Folder(dir),
                    (None, Some(address)) => Side::Database(address.to_string_lossy().into_owned()),
                    _ => return Err(UsageError::MissingArgument("what-migrate-to")),
                };
                Command::Migrate { from, to }
            }
            Some("database") => match positional.next().as_deref() {
                Some("setup") => Command::DatabaseSetup,
                Some("add-person") => Command::DatabaseAddPerson {
                    name: positional
                        .next()
                        .ok_or(UsageError::MissingArgument("what-role-name"))?,
                    coordinator,
                },
                Some("audit") => Command::DatabaseAudit {
                    participant: participant
                        .map(|p| ParticipantId::parse(&p).map_err(UsageError::BadId))
                        .transpose()?,
                },
                Some(other) => {
                    return Err(UsageError::UnknownCommand(format!("database {other}")));
                }
                None => return Err(UsageError::MissingArgument("what-database-command")),
            },
            Some(other) => return Err(UsageError::UnknownCommand(other.to_owned())),
        }
    };
    // Asking for help after a subcommand (`plugin new --help`) is not an extra argument.
    if let Some(extra) = positional.next()
        && !help
    {
        return Err(UsageError::Unexpected(extra));
    }
    Ok(cli)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<OsString> {
        line.split_whitespace().map(OsString::from).collect()
    }

    #[test]
    fn options_anywhere_and_commands() {
        let cli = parse(args("check --repair --data-dir /tmp/x --lang en")).expect("valid");
        assert_eq!(
            cli.command,
            Command::Check {
                repair: true,
                file: None
            }
        );
        assert_eq!(cli.data_dir, Some(PathBuf::from("/tmp/x")));
        assert_eq!(cli.lang, Some(Locale::En));
        let cli = parse(args("check activities/point.ron")).expect("valid");
        assert_eq!(
            cli.command,
            Command::Check {
                repair: false,
                file: Some(PathBuf::from("activities/point.ron"))
            }
        );
        let cli = parse(args("--data-dir=/d export --participant p-abc --to out")).expect("valid");
        assert_eq!(
            cli.command,
            Command::Export {
                participant: ParticipantId::parse("p-abc").expect("id"),
                to: PathBuf::from("out")
            }
        );
        assert_eq!(parse(args("")).expect("valid").command, Command::Gui);
    }

    #[test]
    fn the_phones_address_is_an_ip_with_or_without_a_port() {
        let cli = parse(args("--phones-address 127.0.0.1")).expect("valid");
        assert_eq!(
            cli.phones_address,
            Some("127.0.0.1:0".parse().expect("address"))
        );
        let cli = parse(args("--phones-address=192.168.1.20:8080")).expect("valid");
        assert_eq!(
            cli.phones_address,
            Some("192.168.1.20:8080".parse().expect("address"))
        );
        assert_eq!(
            parse(args("--phones-address salle-2")),
            Err(UsageError::BadAddress("salle-2".into()))
        );
    }

    #[test]
    fn plugin_kit_commands() {
        let cli = parse(args(
            "plugin new carte_reseau --dir /tmp/c --atelier-src /src/atelier",
        ))
        .expect("valid");
        assert_eq!(
            cli.command,
            Command::PluginNew {
                id: "carte_reseau".into(),
                dir: Some(PathBuf::from("/tmp/c")),
                atelier_src: Some(PathBuf::from("/src/atelier")),
            }
        );
        let cli = parse(args("plugin check lib/x.so")).expect("valid");
        assert_eq!(
            cli.command,
            Command::PluginCheck {
                file: PathBuf::from("lib/x.so")
            }
        );
        assert_eq!(
            parse(args("plugin")),
            Err(UsageError::MissingArgument("what-plugin-command"))
        );
        assert_eq!(
            parse(args("plugin new")),
            Err(UsageError::MissingArgument("what-plugin-id"))
        );
        assert_eq!(
            parse(args("plugin check")),
            Err(UsageError::MissingArgument("what-plugin-file"))
        );
        assert_eq!(
            parse(args("plugin frob")),
            Err(UsageError::UnknownCommand("plugin frob".into()))
        );
        for asked in ["plugin --help", "plugin new -h", "plugins --help"] {
            assert_eq!(
                parse(args(asked)).map(|c| c.command),
                Ok(Command::HelpPlugin),
                "{asked}"
            );
        }
        assert_eq!(
            parse(args("check --help")).map(|c| c.command),
            Ok(Command::Help)
        );
    }

    #[test]
    fn usage_errors() {
        assert_eq!(
            parse(args("frobnicate")),
            Err(UsageError::UnknownCommand("frobnicate".into()))
        );
        assert_eq!(
            parse(args("check --force")),
            Err(UsageError::UnknownOption("--force".into()))
        );
        assert_eq!(
            parse(args("check --data-dir")),
            Err(UsageError::MissingValue("--data-dir"))
        );
        assert_eq!(
            parse(args("demo")),
            Err(UsageError::MissingArgument("what-demo-dir"))
        );
        assert_eq!(
            parse(args("demo a b")),
            Err(UsageError::Unexpected("b".into()))
        );
        assert_eq!(
            parse(args("--lang de")),
            Err(UsageError::BadLang("de".into()))
        );
        assert!(matches!(
            parse(args("erase --participant ../../etc")),
            Err(UsageError::BadId(IdError::PathSeparator(_)))
        ));
    }
}
