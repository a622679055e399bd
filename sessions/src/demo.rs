//! A realistic, fictional data folder for demonstrations and tests (`atelier demo DIR`).
//!
//! Ten participants in different phases and statuses, and collective and one-to-one sessions
//! of every built-in activity, saved through [`Store::save_session`] so they are linked both
//! ways exactly as real ones.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};

use crate::error::StoreError;
use crate::id::{ParticipantId, SessionId};
use crate::journey::{
    Consent, Consents, Contact, ContactKind, Contract, ExitReason, Journey, Milestone,
    MilestoneKind, Objective, Phase, PhaseSpan, Preferences, Prescriber, ReviewDecision, Rhythm,
    Stage, StageReview, Status, StatusChange,
};
use crate::private::Private;
use crate::record::{ActivityRef, Mode, ParticipantOutcome, ProgressPoint, SessionRecord};
use crate::store::Store;

/// What [`populate`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoReport {
    /// Participants created.
    pub participants: usize,
    /// Session records saved.
    pub sessions: usize,
}

struct Person {
    slug: &'static str,
    name: &'static str,
    last: &'static str,
    advisor: &'static str,
    prescriber: Prescriber,
    phase: Phase,
    jobs: &'static [&'static str],
    strengths: &'static [&'static str],
}

fn people() -> Vec<Person> {
    vec![
        Person {
            slug: "amina",
            name: "Amina",
            last: "Benali",
            advisor: "Claire Martin",
            prescriber: Prescriber::CapEmploi,
            phase: Phase::JobSearch,
            jobs: &["Aide en médiathèque", "Employée de bureau"],
            strengths: &["Ponctuelle", "Aime le classement"],
        },
        Person {
            slug: "bastien",
            name: "Bastien",
            last: "Roux",
            advisor: "Claire Martin",
            prescriber: Prescriber::Mdph,
            phase: Phase::InEmployment,
            jobs: &["Magasinier"],
            strengths: &["Endurant", "Soigneux"],
        },
        Person {
            slug: "chloe",
            name: "Chloé",
            last: "Garnier",
            advisor: "Karim Haddad",
            prescriber: Prescriber::FranceTravail,
            phase: Phase::ProjectBuilding,
            jobs: &["Fleuriste", "Jardinière"],
            strengths: &["Créative", "Patiente avec les plantes"],
        },
        Person {
            slug: "david",
            name: "David",
            last: "Moreau",
            advisor: "Karim Haddad",
            prescriber: Prescriber::MissionLocale,
            phase: Phase::SharedEvaluation,
            jobs: &["Cuisinier"],
            strengths: &["Curieux"],
        },
        Person {
            slug: "elodie",
            name: "Élodie",
            last: "Fabre",
            advisor: "Claire Martin",
            prescriber: Prescriber::CapEmploi,
            phase: Phase::JobSearch,
            jobs: &["Secrétaire médicale"],
            strengths: &["Très à l'aise à l'écrit"],
        },
        Person {
            slug: "farid",
            name: "Farid",
            last: "Meziane",
            advisor: "Karim Haddad",
            prescriber: Prescriber::Mdph,
            phase: Phase::InEmployment,
            jobs: &["Agent d'entretien"],
            strengths: &["Fiable", "Bon contact"],
        },
        Person {
            slug: "gaelle",
            name: "Gaëlle",
            last: "Perrin",
            advisor: "Claire Martin",
            prescriber: Prescriber::FranceTravail,
            phase: Phase::JobSearch,
            jobs: &["Vendeuse en librairie"],
            strengths: &["Grande lectrice", "Conseille bien"],
        },
        Person {
            slug: "hugo",
            name: "Hugo",
            last: "Lambert",
            advisor: "Karim Haddad",
            prescriber: Prescriber::Other(String::from("Centre médico-psychologique")),
            phase: Phase::ProjectBuilding,
            jobs: &["Technicien informatique"],
            strengths: &["Logique", "Autodidacte"],
        },
        Person {
            slug: "ines",
            name: "Inès",
            last: "Carpentier",
            advisor: "Claire Martin",
            prescriber: Prescriber::CapEmploi,
            phase: Phase::JobSearch,
            jobs: &["Aide-soignante"],
            strengths: &["Attentionnée"],
        },
        Person {
            slug: "jules",
            name: "Jules",
            last: "Vidal",
            advisor: "Karim Haddad",
            prescriber: Prescriber::MissionLocale,
            phase: Phase::JobSearch,
            jobs: &["Livreur à vélo"],
            strengths: &["Sportif", "Connaît bien la ville"],
        },
    ]
}

/// What the social-skills activity keeps in a journey (its own format, `plugins/social_skills`):
/// a target behaviour with the measurements known `days_ago` days before `today`.
fn social_skills_tracking(today: NaiveDate, days_ago: i64) -> String {
    let day = |ago: i64| (today - Duration::days(ago)).format("%Y-%m-%d").to_string();
    let measurements: Vec<String> = [
        (84, 0.0, "Baseline", "Advisor"),
        (82, 1.0, "Baseline", "Person"),
        (80, 0.0, "Baseline", "Advisor"),
        (70, 1.0, "FollowUp", "Person"),
        (63, 2.0, "FollowUp", "Employer"),
        (52, 2.0, "FollowUp", "Person"),
        (45, 3.0, "FollowUp", "Employer"),
    ]
    .iter()
    .filter(|(ago, ..)| *ago >= days_ago)
    .map(|(ago, value, phase, source)| {
        format!(
            "(date: \"{}\", value: {value:?}, phase: {phase}, source: {source})",
            day(*ago)
        )
    })
    .collect();
    let changes = if days_ago <= 63 {
        format!(
            "(date: \"{}\", what: \"Répétition avant la pause seulement\")",
            day(63)
        )
    } else {
        String::new()
    };
    format!(
        "(format_version: 1, target: Some((domain: Assertion, situation: \"Une tâche nouvelle \
         pose problème au travail\", behaviour: \"Demander de l'aide à une collègue\", \
         measure: Count, unit: \"par semaine\", started: \"{}\", measurements: [{}], \
         changes: [{changes}], trainings: [(date: \"{}\", techniques: [Modelling, RolePlay])])))",
        day(84),
        measurements.join(", "),
        day(77)
    )
}

fn at(date: NaiveDate, hour: u32, minute: u32) -> DateTime<FixedOffset> {
    // Demo sessions happen in Montpellier in winter: UTC+1.
    let utc =
        (date.and_hms_opt(hour, minute, 0).unwrap_or_default() - Duration::hours(1)).and_utc();
    FixedOffset::east_opt(3600)
        .map_or_else(|| utc.fixed_offset(), |offset| utc.with_timezone(&offset))
}

fn journey(index: usize, person: &Person, today: NaiveDate) -> Journey {
    let entry = today - Duration::days(300 - 25 * index as i64);
    let id = ParticipantId::parse(&format!("p-demo-{}", person.slug))
        .unwrap_or_else(|_| ParticipantId::generate(at(entry, 9, 0)));
    let consent = |given: bool| Consent {
        given,
        date: entry,
        recorded_by: person.advisor.to_owned(),
    };
    let mut j = Journey::new(
        id,
        person.name,
        entry,
        Consents {
            keep_file: consent(true),
            first_name_on_projector: consent(index != 3),
        },
        person.advisor,
    );
    j.last_name = Private::new(Some(person.last.to_owned()));
    j.advisor = person.advisor.to_owned();
    j.prescriber = person.prescriber.clone();
    j.preferences = Preferences {
        wished_jobs: person.jobs.iter().map(|s| (*s).to_owned()).collect(),
        hours: String::from(if index.is_multiple_of(2) {
            "Temps partiel, le matin"
        } else {
            "24 heures par semaine"
        }),
        places: vec![
            String::from("Montpellier"),
            String::from("Proche d'une ligne de tram"),
        ],
        strengths: person.strengths.iter().map(|s| (*s).to_owned()).collect(),
        accommodations: if index.is_multiple_of(3) {
            vec![String::from("Pauses courtes régulières")]
        } else {
            Vec::new()
        },
        updated: Some(entry + Duration::days(20)),
    };
    let phases = [
        Phase::SharedEvaluation,
        Phase::ProjectBuilding,
        Phase::JobSearch,
        Phase::InEmployment,
    ];
    j.phases = phases
        .iter()
        .take_while(|p| **p <= person.phase)
        .enumerate()
        .map(|(k, phase)| PhaseSpan {
            phase: *phase,
            start: entry + Duration::days(45 * k as i64),
            end: (*phase != person.phase).then(|| entry + Duration::days(45 * k as i64 + 60)),
        })
        .collect();
    j.stages = vec![Stage {
        title: String::from("Préciser le projet et préparer les candidatures"),
        objectives: vec![Objective {
            text: format!(
                "Envoyer trois candidatures pour un poste de {}",
                person.jobs[0].to_lowercase()
            ),
            measure: String::from("Nombre de candidatures envoyées"),
            due: Some(entry + Duration::days(90)),
        }],
        actions: vec![
            String::from("Mettre à jour le CV"),
            String::from("Repérer cinq employeurs proches"),
        ],
        rhythm: if person.phase == Phase::InEmployment {
            Rhythm::Monthly
        } else {
            Rhythm::Weekly
        },
        start: entry + Duration::days(30),
        planned_end: Some(entry + Duration::days(120)),
        review: (index % 2 == 1).then(|| StageReview {
            session: None,
            date: entry + Duration::days(120),
            decision: ReviewDecision::Continue {
                new_frame: String::from("Accompagnement vers un poste à temps partiel"),
            },
            note: String::from("Objectifs atteints en partie, on continue au même rythme."),
        }),
    }];
    if person.phase == Phase::InEmployment {
        j.milestones.push(Milestone {
            kind: MilestoneKind::WorkTrial,
            title: format!("PMSMP {}", person.jobs[0].to_lowercase()),
            employer: String::from("Entrepôt du Lez"),
            start: entry + Duration::days(100),
            end: Some(entry + Duration::days(114)),
        });
        j.milestones.push(Milestone {
            kind: MilestoneKind::Job(if index == 1 {
                Contract::Cdi
            } else {
                Contract::Cdd
            }),
            title: person.jobs[0].to_owned(),
            employer: String::from("Entrepôt du Lez"),
            start: entry + Duration::days(150),
            end: None,
        });
    }
    if index == 6 {
        j.milestones.push(Milestone {
            kind: MilestoneKind::Volunteering,
            title: String::from("Bénévole à la bibliothèque de quartier"),
            employer: String::from("Association Lire ensemble"),
            start: entry + Duration::days(60),
            end: None,
        });
    }
    if index == 4 {
        j.status_history.push(StatusChange {
            date: today - Duration::days(20),
            status: Status::OnHold { at_persons_request: true, start: today - Duration::days(20), planned_end: today + Duration::days(40), resume_conditions: String::from("Reprendre contact après la fin du traitement ; un appel par mois en attendant."), check_in_days: Some(31) },
            recorded_by: person.advisor.to_owned(),
            note: String::from("Mise en veille à la demande d'Élodie."),
        });
    }
    if index == 9 {
        j.status_history.push(StatusChange {
            date: today - Duration::days(10),
            status: Status::Exited {
                date: today - Duration::days(10),
                reason: ExitReason::MovedAway,
            },
            recorded_by: person.advisor.to_owned(),
            note: String::from(
                "Déménagement dans une autre région ; coordonnées du service local transmises.",
            ),
        });
    }
    // Contacts about the person, without them (they do not change the rhythm of contact): the
    // prescriber soon after entry; an employer once the job search is under way.
    j.contacts.push(Contact {
        date: entry + Duration::days(20),
        kind: ContactKind::Partner,
        recorded_by: person.advisor.to_owned(),
        note: Private::default(),
        duration_minutes: Some(20),
    });
    let employer = entry + Duration::days(100 + 3 * index as i64);
    if person.phase >= Phase::JobSearch && employer < today {
        j.contacts.push(Contact {
            date: employer,
            kind: ContactKind::Employer,
            recorded_by: person.advisor.to_owned(),
            note: Private::default(),
            duration_minutes: Some(30),
        });
    }
    j.private_notes = Private::new(String::from("Notes de l'accompagnement (privées)."));
    j
}

struct Plan {
    activity: &'static str,
    mode: Mode,
    days_ago: i64,
    who: &'static [usize],
    data: &'static str,
    takeaway: &'static str,
}

const PLANS: &[Plan] = &[
    Plan {
        activity: "peer_circle",
        mode: Mode::Collective,
        days_ago: 95,
        who: &[0, 1, 2, 4, 6, 8],
        data: "(theme: \"Un bon moment de ma semaine\", rounds: 2)",
        takeaway: "J'ai pris la parole au deuxième tour.",
    },
    Plan {
        activity: "brainstorm_wall",
        mode: Mode::Collective,
        days_ago: 88,
        who: &[0, 2, 3, 6, 7, 9],
        data: "(topic: \"Mon lieu de travail idéal\", dream: [\"Un bureau avec vue sur la mer\", \"Des horaires choisis\"], realist: [\"Un poste proche du tram\"], critic: [\"Trop de bruit en open space\"])",
        takeaway: "",
    },
    Plan {
        activity: "miracle_question",
        mode: Mode::OneToOne,
        days_ago: 84,
        who: &[0],
        data: "(signs: [\"Je me lève sans appréhension\"], scale: 3)",
        takeaway: "Premier petit pas : appeler la médiathèque pour une visite.",
    },
    Plan {
        activity: "weekly_routine",
        mode: Mode::OneToOne,
        days_ago: 80,
        who: &[1],
        data: "(format_version: 1, grid: [[\"Travail\", \"Travail\", \"Repas\", \"Marche\", \"\", \"Repas du soir\", \"\"], [\"Travail\", \"Travail\", \"Repas\", \"Marche\", \"\", \"Repas du soir\", \"\"], [\"Travail\", \"Travail\", \"Repas\", \"Marche\", \"\", \"Repas du soir\", \"\"], [\"Travail\", \"Travail\", \"Repas\", \"Marche\", \"\", \"Repas du soir\", \"\"], [\"Travail\", \"Travail\", \"Repas\", \"Marche\", \"\", \"Repas du soir\", \"\"]], checks: [])",
        takeaway: "Se coucher avant 23 h la veille des jours de travail.",
    },
    Plan {
        activity: "social_skills",
        mode: Mode::OneToOne,
        days_ago: 77,
        who: &[2],
        data: "(step: 5, goal: \"Demander de l'aide à une collègue\")",
        takeaway: "Objectif : demander de l'aide une fois par jour.",
    },
    Plan {
        activity: "miracle_question",
        mode: Mode::OneToOne,
        days_ago: 70,
        who: &[3],
        data: "(signs: [\"Je cuisine pour mes amis\"], scale: 2)",
        takeaway: "Premier petit pas : visiter une cuisine collective.",
    },
    Plan {
        activity: "peer_circle",
        mode: Mode::Collective,
        days_ago: 66,
        who: &[1, 3, 5, 7, 8],
        data: "(theme: \"Mon premier jour au travail\", rounds: 1)",
        takeaway: "",
    },
    Plan {
        activity: "social_skills",
        mode: Mode::Collective,
        days_ago: 60,
        who: &[0, 4, 6],
        data: "(step: 3, scenario: \"Entretien d'embauche\")",
        takeaway: "Je retiens : regarder la personne quand je réponds.",
    },
    Plan {
        activity: "weekly_routine",
        mode: Mode::OneToOne,
        days_ago: 56,
        who: &[5],
        data: "(format_version: 1, grid: [[\"Travail\", \"Pause\", \"Repas\", \"Sieste\", \"Courses\", \"Repas du soir\", \"\"], [\"Travail\", \"Pause\", \"Repas\", \"Sieste\", \"Courses\", \"Repas du soir\", \"\"], [\"Travail\", \"Pause\", \"Repas\", \"Sieste\", \"Courses\", \"Repas du soir\", \"\"], [\"Travail\", \"Pause\", \"Repas\", \"Sieste\", \"Courses\", \"Repas du soir\", \"\"], [\"Travail\", \"Pause\", \"Repas\", \"Sieste\", \"Courses\", \"Repas du soir\", \"\"]], checks: [])",
        takeaway: "Préparer le sac la veille au soir.",
    },
    Plan {
        activity: "brainstorm_wall",
        mode: Mode::Collective,
        days_ago: 52,
        who: &[1, 2, 4, 5, 8],
        data: "(topic: \"Ce qui m'aide à garder un emploi\", dream: [\"Un tuteur bienveillant\"], realist: [\"Un planning connu à l'avance\"], critic: [])",
        takeaway: "",
    },
    Plan {
        activity: "miracle_question",
        mode: Mode::OneToOne,
        days_ago: 48,
        who: &[0],
        data: "(signs: [\"Je me lève sans appréhension\", \"Je salue mes collègues\"], scale: 5)",
        takeaway: "Je suis à 5 sur 10 ; je prépare deux candidatures.",
    },
    Plan {
        activity: "social_skills",
        mode: Mode::OneToOne,
        days_ago: 45,
        who: &[2],
        data: "(step: 5, goal: \"Demander de l'aide à une collègue\")",
        takeaway: "Deux demandes d'aide réussies cette semaine.",
    },
    Plan {
        activity: "peer_circle",
        mode: Mode::Collective,
        days_ago: 38,
        who: &[0, 2, 3, 6, 7, 8, 9],
        data: "(theme: \"Comment je gère le stress\", rounds: 2)",
        takeaway: "La respiration lente m'aide avant un rendez-vous.",
    },
    Plan {
        activity: "weekly_routine",
        mode: Mode::OneToOne,
        days_ago: 35,
        who: &[7],
        data: "(format_version: 1, grid: [[\"\", \"Rendez-vous\", \"Repas\", \"Formation\", \"Formation\", \"Repas du soir\", \"\"], [\"\", \"Rendez-vous\", \"Repas\", \"Formation\", \"Formation\", \"Repas du soir\", \"\"], [\"\", \"Rendez-vous\", \"Repas\", \"Formation\", \"Formation\", \"Repas du soir\", \"\"], [\"\", \"Rendez-vous\", \"Repas\", \"Formation\", \"Formation\", \"Repas du soir\", \"\"], [\"\", \"Rendez-vous\", \"Repas\", \"Formation\", \"Formation\", \"Repas du soir\", \"\"]], checks: [])",
        takeaway: "Un réveil à 8 h, même sans rendez-vous.",
    },
    Plan {
        activity: "miracle_question",
        mode: Mode::OneToOne,
        days_ago: 31,
        who: &[8],
        data: "(signs: [\"Je prends soin des autres et de moi\"], scale: 4)",
        takeaway: "Premier petit pas : se renseigner sur une PMSMP.",
    },
    Plan {
        activity: "brainstorm_wall",
        mode: Mode::Collective,
        days_ago: 27,
        who: &[0, 3, 6, 7, 8],
        data: "(topic: \"Parler ou non de ma santé à l'employeur\", dream: [\"Être compris sans me justifier\"], realist: [\"En parler au médecin du travail\"], critic: [\"Peur d'être jugé\"])",
        takeaway: "",
    },
    Plan {
        activity: "social_skills",
        mode: Mode::OneToOne,
        days_ago: 21,
        who: &[6],
        data: "(step: 4, scenario: \"Recevoir une critique d'un responsable\")",
        takeaway: "Je peux répondre : « merci, je vais y réfléchir ».",
    },
    Plan {
        activity: "peer_circle",
        mode: Mode::Collective,
        days_ago: 17,
        who: &[0, 1, 5, 6, 8],
        data: "(theme: \"Une réussite récente\", rounds: 1)",
        takeaway: "",
    },
    Plan {
        activity: "miracle_question",
        mode: Mode::OneToOne,
        days_ago: 12,
        who: &[0],
        data: "(signs: [\"Je me lève sans appréhension\", \"Je salue mes collègues\", \"Je déjeune avec l'équipe\"], scale: 6)",
        takeaway: "6 sur 10 : un entretien prévu jeudi.",
    },
    Plan {
        activity: "weekly_routine",
        mode: Mode::OneToOne,
        days_ago: 9,
        who: &[3],
        data: "(format_version: 1, grid: [[\"Atelier cuisine\", \"Atelier cuisine\", \"Repas\", \"\", \"\", \"Repas du soir\", \"\"], [\"Atelier cuisine\", \"Atelier cuisine\", \"Repas\", \"\", \"\", \"Repas du soir\", \"\"], [\"Atelier cuisine\", \"Atelier cuisine\", \"Repas\", \"\", \"\", \"Repas du soir\", \"\"], [\"\", \"Marche\", \"Repas\", \"\", \"\", \"Repas du soir\", \"\"], [\"\", \"Marche\", \"Repas\", \"\", \"\", \"Repas du soir\", \"\"]], checks: [])",
        takeaway: "Petit-déjeuner avant de partir.",
    },
    Plan {
        activity: "social_skills",
        mode: Mode::Collective,
        days_ago: 6,
        who: &[2, 6, 8],
        data: "(step: 2, scenario: \"Dire non à une collègue\")",
        takeaway: "Je m'entraîne à dire non calmement.",
    },
    Plan {
        activity: "brainstorm_wall",
        mode: Mode::Collective,
        days_ago: 4,
        who: &[0, 1, 2, 3, 5, 6, 7, 8],
        data: "(topic: \"Réussir sa première semaine\", dream: [\"Un accueil chaleureux\"], realist: [\"Repérer le trajet la veille\"], critic: [\"Trop d'informations d'un coup\"])",
        takeaway: "",
    },
    Plan {
        activity: "peer_circle",
        mode: Mode::Collective,
        days_ago: 2,
        who: &[0, 2, 3, 7, 8],
        data: "(theme: \"Ce qui m'a fait du bien cette semaine\", rounds: 2)",
        takeaway: "J'ai choisi de passer mon tour, et c'était bien.",
    },
    Plan {
        activity: "miracle_question",
        mode: Mode::OneToOne,
        days_ago: 1,
        who: &[7],
        data: "(signs: [\"Je répare l'ordinateur d'un voisin\"], scale: 4)",
        takeaway: "Premier petit pas : faire la liste de mes compétences.",
    },
];

/// Fills `store` with the demo participants and sessions, dated relative to `today`.
///
/// # Errors
/// Any store error; a folder that already holds the demo participants gives
/// [`StoreError::AlreadyExists`].
pub fn populate(store: &Store, today: NaiveDate) -> Result<DemoReport, StoreError> {
    let people = people();
    let mut ids = Vec::with_capacity(people.len());
    let mut entries = Vec::with_capacity(people.len());
    for (index, person) in people.iter().enumerate() {
        let journey = journey(index, person, today);
        store.save_journey(&journey, None)?;
        entries.push(journey.entry_date);
        ids.push(journey.id);
    }
    let facilitators = ["Claire Martin", "Karim Haddad"];
    for (n, plan) in PLANS.iter().enumerate() {
        let start = at(
            today - Duration::days(plan.days_ago),
            if plan.mode == Mode::Collective {
                14
            } else {
                10
            },
            0,
        );
        let end = start
            + Duration::minutes(if plan.mode == Mode::Collective {
                90
            } else {
                45
            });
        let id = SessionId::parse(&format!("s-{}-demo{n:02}", start.format("%Y%m%d-%H%M%S")))
            .unwrap_or_else(|_| SessionId::generate(start));
        // Nobody takes part before they entered the service.
        let participants = plan
            .who
            .iter()
            .filter(|i| {
                entries
                    .get(**i)
                    .is_some_and(|entry| *entry <= start.date_naive())
            })
            .filter_map(|i| ids.get(*i))
            .map(|pid| ParticipantOutcome {
                stage_review: None,
                id: pid.clone(),
                takeaway: (!plan.takeaway.is_empty()).then(|| plan.takeaway.to_owned()),
                activity_data: (plan.mode == Mode::OneToOne).then(|| {
                    if plan.activity == "social_skills" {
                        social_skills_tracking(today, plan.days_ago)
                    } else {
                        plan.data.to_owned()
                    }
                }),
                // The miracle question's 0–10 scale feeds the journey's progress chart.
                progress: plan
                    .data
                    .split_once("scale: ")
                    .and_then(|(_, rest)| rest.trim_end_matches(')').trim().parse::<f64>().ok())
                    .map(|value| ProgressPoint {
                        series: String::from("scale"),
                        value,
                    })
                    .into_iter()
                    .collect(),
                follow_ups: Vec::new(),
                takeaway_in: std::collections::BTreeMap::new(),
            })
            .collect();
        let record = SessionRecord {
            format_version: <SessionRecord as crate::format::Versioned>::CURRENT_VERSION,
            id,
            activity: ActivityRef {
                id: plan.activity.to_owned(),
                version: String::from("1.0.0"),
            },
            mode: plan.mode,
            start,
            end,
            place: String::from(if plan.mode == Mode::Collective {
                "Salle Garrigue"
            } else {
                "Bureau 2"
            }),
            facilitators: vec![facilitators[n % 2].to_owned()],
            participants,
            summary: String::from(if plan.mode == Mode::Collective {
                "Séance calme, bonne participation."
            } else {
                "Exercice mené jusqu'au bout."
            }),
            activity_data: plan.data.to_owned(),
            facilitator_notes: Private::new(String::from("Notes de séance (privées).")),
        };
        store.save_session(&record)?;
    }
    Ok(DemoReport {
        participants: ids.len(),
        sessions: PLANS.len(),
    })
}

/// The activities of [`populate_large`]'s sessions.
const LARGE_ACTIVITIES: [&str; 5] = [
    "miracle_question",
    "brainstorm_wall",
    "social_skills",
    "peer_circle",
    "weekly_routine",
];

/// A large fictional folder, to measure with: `journeys` people and `records` sessions, one an
/// hour from 6 January 2020 (a third collective with six people). Files are written directly,
/// without syncing (this is set-up, not what is measured); the years' summaries are not written
/// (the first reader builds them).
///
/// # Errors
/// A file or folder that cannot be written.
pub fn populate_large(store: &Store, journeys: usize, records: usize) -> Result<(), StoreError> {
    use std::fs;
    let start = at(
        NaiveDate::from_ymd_opt(2020, 1, 6).unwrap_or_default(),
        9,
        0,
    );
    let day = start.date_naive();
    let participant = |i: usize| {
        ParticipantId::parse(&format!("p-bench-{i:04}"))
            .unwrap_or_else(|_| ParticipantId::generate(start))
    };
    let consent = Consent {
        given: true,
        date: day,
        recorded_by: "Claire Martin".into(),
    };
    let consents = Consents {
        keep_file: consent.clone(),
        first_name_on_projector: consent,
    };
    let mut people: Vec<Journey> = (0..journeys)
        .map(|i| {
            let mut j = Journey::new(
                participant(i),
                format!("Prénom {i}"),
                day,
                consents.clone(),
                "Claire Martin",
            );
            j.last_name = Private::new(Some(format!("Nom {i}")));
            j.advisor = "Claire Martin".into();
            j
        })
        .collect();
    let write = |path: &std::path::Path, text: String| {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        }
        // Sealed like every file of an encrypted folder.
        let bytes = match store.sealing() {
            Some(sealing) => sealing.seal(path, text.as_bytes())?,
            None => text.into_bytes(),
        };
        fs::write(path, bytes).map_err(|e| StoreError::io(path, e))
    };
    let text = |result: Result<String, crate::format::FormatError>, path: &std::path::Path| {
        result.map_err(|error| {
            StoreError::File(crate::error::FileError {
                path: path.to_owned(),
                error,
            })
        })
    };
    for n in 0..records {
        let when = start + Duration::minutes(60 * i64::try_from(n).unwrap_or(0));
        let id = SessionId::parse(&format!("s-{}-{n:06}", when.format("%Y%m%d-%H%M%S")))
            .unwrap_or_else(|_| SessionId::generate(when));
        let collective = n % 3 == 0;
        let mode = if collective {
            Mode::Collective
        } else {
            Mode::OneToOne
        };
        let activity = LARGE_ACTIVITIES[n % LARGE_ACTIVITIES.len()];
        let participants: Vec<ParticipantOutcome> = (0..if collective { 6 } else { 1 })
            .map(|k| ParticipantOutcome {
                stage_review: None,
                id: participant((n * 7 + k * 131) % journeys.max(1)),
                takeaway: Some("Premier petit pas : appeler l'employeur mardi.".into()),
                activity_data: Some("(scale: 5, signs: [\"Je me lève sans appréhension\"])".into()),
                progress: Vec::new(),
                follow_ups: Vec::new(),
                takeaway_in: std::collections::BTreeMap::new(),
            })
            .collect();
        for p in &participants {
            let index = p.id.as_str()[8..].parse::<usize>().unwrap_or(0);
            if let Some(journey) = people.get_mut(index) {
                journey.timeline.push(crate::journey::SessionLink {
                    session: id.clone(),
                    date: when,
                    activity: activity.into(),
                    mode,
                    takeaway: p.takeaway.clone(),
                    progress: Vec::new(),
                    takeaway_in: std::collections::BTreeMap::new(),
                });
            }
        }
        let record = SessionRecord {
            format_version: <SessionRecord as crate::format::Versioned>::CURRENT_VERSION,
            id: id.clone(),
            activity: ActivityRef {
                id: activity.into(),
                version: "1.0.0".into(),
            },
            mode,
            start: when,
            end: when + Duration::minutes(45),
            place: "Salle Garrigue".into(),
            facilitators: vec!["Claire Martin".into()],
            participants,
            summary: "Séance calme, bonne participation.".into(),
            activity_data: "(topic: \"Mon lieu de travail idéal\", dream: [\"Un bureau calme\"], realist: [], critic: [])".into(),
            facilitator_notes: Private::new("Notes.".into()),
        };
        let path = store.record_path(&id);
        write(&path, text(crate::format::to_text(&record), &path)?)?;
    }
    for j in &people {
        let path = store.journey_path(&j.id);
        write(&path, text(crate::format::to_text(j), &path)?)?;
    }
    Ok(())
}
