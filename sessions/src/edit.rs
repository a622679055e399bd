//! Changes to a journey as typed edits, and the rules every change follows, whoever asks for
//! it (the journey screen, a command, a future tool):
//!
//! - history is only ever added to: status changes, stage reviews, experiences and contacts are
//!   appended, never rewritten; a stage is reviewed once;
//! - a pause (*mise en veille*) is only at the person's request, ends after today, and says on
//!   what conditions support resumes; only an active support can be paused;
//! - an exit has a reason and a date that is not in the future, and happens once;
//! - a review decision says what it decides (the new frame, or to whom it hands over).

use chrono::NaiveDate;

use crate::journey::{
    Contact, ExitReason, Journey, Milestone, ReviewDecision, Stage, StageReview, Status,
    StatusChange,
};

/// One change to a journey; see [`Journey::apply`].
#[derive(Debug, Clone, PartialEq)]
pub enum JourneyEdit {
    /// Put the support on hold.
    Pause {
        /// The person asked for the pause.
        at_persons_request: bool,
        /// When it is planned to end.
        until: NaiveDate,
        /// What was agreed to resume.
        conditions: String,
        /// How often to keep in touch meanwhile, in days, if agreed.
        check_in_days: Option<u16>,
        /// Who records it.
        recorded_by: String,
        /// A note.
        note: String,
    },
    /// End the support.
    Exit {
        /// The day the person left.
        date: NaiveDate,
        /// Why.
        reason: ExitReason,
        /// Who records it.
        recorded_by: String,
        /// A note.
        note: String,
    },
    /// Resume after a pause (after an exit, the person comes back: [`Self::ReEnter`]).
    Resume {
        /// Who records it.
        recorded_by: String,
        /// A note.
        note: String,
    },
    /// The person comes back to the service after leaving it: a new entry, on its own date.
    /// The report counts it as a re-entry (not a new journey) and counts a rapid job search
    /// from it.
    ReEnter {
        /// The day they came back: not before the exit, not after today.
        date: NaiveDate,
        /// Who records it.
        recorded_by: String,
        /// A note (what brings them back).
        note: String,
    },
    /// A new stage of the plan.
    AddStage(Stage),
    /// The review of a stage (once per stage).
    ReviewStage {
        /// Which stage, by its place in [`Journey::stages`].
        stage: usize,
        /// What was decided.
        decision: ReviewDecision,
        /// A note.
        note: String,
    },
    /// An experience: work trial, training, job, volunteering.
    AddMilestone(Milestone),
    /// A contact outside sessions.
    AddContact(Contact),
}

/// Why a change was refused; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JourneyError {
    /// A pause is never decided for the person.
    #[error("a pause is only ever at the person's request")]
    PauseNotAsked,
    /// The pause must end after today.
    #[error("the pause must end after today")]
    PauseEndNotAfterToday,
    /// A pause says on what conditions support resumes.
    #[error("a pause needs the conditions to resume")]
    PauseWithoutConditions,
    /// Only an active support can be paused.
    #[error("only an active support can be paused")]
    PauseWhenNotActive,
    /// The support has already ended.
    #[error("the support has already ended")]
    AlreadyExited,
    /// An exit cannot be dated after today.
    #[error("an exit cannot be dated after today")]
    ExitInFuture,
    /// An exit needs a reason (an "other" reason needs its words).
    #[error("an exit needs a reason")]
    ExitWithoutReason,
    /// The support is already active.
    #[error("the support is already active")]
    AlreadyActive,
    /// After an exit, support resumes only as a re-entry, dated.
    #[error("after an exit, the person comes back as a re-entry, with its date")]
    ResumeAfterExit,
    /// Only a person who left can come back.
    #[error("only a person who left the service can come back to it")]
    ReEntryWhenNotExited,
    /// A re-entry is dated between the exit and today.
    #[error("a re-entry is dated between the exit and today")]
    ReEntryDate,
    /// There is no stage at that place.
    #[error("there is no stage number {0}")]
    NoSuchStage(usize),
    /// A stage is reviewed once; the review is kept as it was.
    #[error("this stage was already reviewed")]
    AlreadyReviewed,
    /// "Continue" needs its new frame, "hand over" to whom.
    #[error("the decision needs what it decides")]
    DecisionWithoutDetail,
    /// A stage needs a title.
    #[error("a stage needs a title")]
    StageWithoutTitle,
    /// A stage or an experience cannot end before it starts.
    #[error("it cannot end before it starts")]
    EndsBeforeStart,
    /// An experience needs a title.
    #[error("an experience needs a title")]
    MilestoneWithoutTitle,
}

impl Journey {
    /// Applies `edit` as of `today`, following the rules of the module doc; on an error nothing
    /// changed.
    ///
    /// # Errors
    /// [`JourneyError`] naming the rule the edit breaks.
    pub fn apply(&mut self, edit: JourneyEdit, today: NaiveDate) -> Result<(), JourneyError> {
        match edit {
            JourneyEdit::Pause {
                at_persons_request,
                until,
                conditions,
                check_in_days,
                recorded_by,
                note,
            } => {
                if !matches!(self.status(), Status::Active) {
                    return Err(JourneyError::PauseWhenNotActive);
                }
                if !at_persons_request {
                    return Err(JourneyError::PauseNotAsked);
                }
                if until <= today {
                    return Err(JourneyError::PauseEndNotAfterToday);
                }
                let conditions = conditions.trim();
                if conditions.is_empty() {
                    return Err(JourneyError::PauseWithoutConditions);
                }
                self.push_status(
                    today,
                    Status::OnHold {
                        at_persons_request,
                        start: today,
                        planned_end: until,
                        resume_conditions: conditions.to_owned(),
                        check_in_days,
                    },
                    recorded_by,
                    &note,
                );
            }
            JourneyEdit::Exit {
                date,
                reason,
                recorded_by,
                note,
            } => {
                if matches!(self.status(), Status::Exited { .. }) {
                    return Err(JourneyError::AlreadyExited);
                }
                if date > today {
                    return Err(JourneyError::ExitInFuture);
                }
                let reason = match reason {
                    ExitReason::Other(text) if text.trim().is_empty() => {
                        return Err(JourneyError::ExitWithoutReason);
                    }
                    ExitReason::Other(text) => ExitReason::Other(text.trim().to_owned()),
                    other => other,
                };
                self.push_status(date, Status::Exited { date, reason }, recorded_by, &note);
            }
            JourneyEdit::Resume { recorded_by, note } => {
                match self.status() {
                    Status::Active => return Err(JourneyError::AlreadyActive),
                    Status::Exited { .. } => return Err(JourneyError::ResumeAfterExit),
                    Status::OnHold { .. } => {}
                }
                self.push_status(today, Status::Active, recorded_by, &note);
            }
            JourneyEdit::ReEnter {
                date,
                recorded_by,
                note,
            } => {
                let Status::Exited { date: left, .. } = self.status() else {
                    return Err(JourneyError::ReEntryWhenNotExited);
                };
                let last = self.status_history.last().map_or(*left, |c| c.date);
                if date > today || date < *left || date < last {
                    return Err(JourneyError::ReEntryDate);
                }
                self.push_status(date, Status::Active, recorded_by, &note);
            }
            JourneyEdit::AddStage(mut stage) => {
                stage.title = stage.title.trim().to_owned();
                if stage.title.is_empty() {
                    return Err(JourneyError::StageWithoutTitle);
                }
                if stage.planned_end.is_some_and(|end| end < stage.start) {
                    return Err(JourneyError::EndsBeforeStart);
                }
                // A new stage is planned, not already reviewed.
                stage.review = None;
                self.stages.push(stage);
            }
            JourneyEdit::ReviewStage {
                stage,
                decision,
                note,
            } => {
                let decision = match decision {
                    ReviewDecision::Continue { new_frame } if !new_frame.trim().is_empty() => {
                        ReviewDecision::Continue {
                            new_frame: new_frame.trim().to_owned(),
                        }
                    }
                    ReviewDecision::HandOver { to } if !to.trim().is_empty() => {
                        ReviewDecision::HandOver {
                            to: to.trim().to_owned(),
                        }
                    }
                    ReviewDecision::Stop => ReviewDecision::Stop,
                    ReviewDecision::Continue { .. } | ReviewDecision::HandOver { .. } => {
                        return Err(JourneyError::DecisionWithoutDetail);
                    }
                };
                let target = self
                    .stages
                    .get_mut(stage)
                    .ok_or(JourneyError::NoSuchStage(stage))?;
                if target.review.is_some() {
                    return Err(JourneyError::AlreadyReviewed);
                }
                target.review = Some(StageReview {
                    session: None,
                    date: today,
                    decision,
                    note: note.trim().to_owned(),
                });
            }
            JourneyEdit::AddMilestone(mut milestone) => {
                milestone.title = milestone.title.trim().to_owned();
                milestone.employer = milestone.employer.trim().to_owned();
                if milestone.title.is_empty() {
                    return Err(JourneyError::MilestoneWithoutTitle);
                }
                if milestone.end.is_some_and(|end| end < milestone.start) {
                    return Err(JourneyError::EndsBeforeStart);
                }
                self.milestones.push(milestone);
            }
            JourneyEdit::AddContact(contact) => {
                self.contacts.push(contact);
                self.contacts.sort_by_key(|c| c.date);
            }
        }
        Ok(())
    }

    fn push_status(&mut self, date: NaiveDate, status: Status, recorded_by: String, note: &str) {
        self.status_history.push(StatusChange {
            date,
            status,
            recorded_by,
            note: note.trim().to_owned(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::ParticipantId;
    use crate::journey::{Consent, Consents, ContactKind, MilestoneKind, Rhythm};
    use crate::private::Private;

    fn day(d: u32, m: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    fn journey() -> Journey {
        let consent = Consent {
            given: true,
            date: day(5, 1),
            recorded_by: "Inès".into(),
        };
        Journey::new(
            ParticipantId::parse("p-amina").expect("id"),
            "Amina",
            day(5, 1),
            Consents {
                keep_file: consent.clone(),
                first_name_on_projector: consent,
            },
            "Inès",
        )
    }

    fn pause(asked: bool, until: NaiveDate, conditions: &str) -> JourneyEdit {
        JourneyEdit::Pause {
            at_persons_request: asked,
            until,
            conditions: conditions.into(),
            check_in_days: Some(31),
            recorded_by: "Inès".into(),
            note: String::new(),
        }
    }

    fn exit(date: NaiveDate, reason: ExitReason) -> JourneyEdit {
        JourneyEdit::Exit {
            date,
            reason,
            recorded_by: "Inès".into(),
            note: " parti en Bretagne ".into(),
        }
    }

    fn resume() -> JourneyEdit {
        JourneyEdit::Resume {
            recorded_by: "Inès".into(),
            note: String::new(),
        }
    }

    fn stage(title: &str, start: NaiveDate, end: Option<NaiveDate>) -> Stage {
        Stage {
            title: title.into(),
            objectives: Vec::new(),
            actions: Vec::new(),
            rhythm: Rhythm::Weekly,
            start,
            planned_end: end,
            review: None,
        }
    }

    #[test]
    fn a_pause_is_only_at_the_persons_request_with_an_end_and_conditions() {
        let today = day(1, 12);
        let mut j = journey();
        let before = j.clone();
        for (edit, error) in [
            (
                pause(false, day(31, 12), "Un appel par mois"),
                JourneyError::PauseNotAsked,
            ),
            (
                pause(true, today, "Un appel par mois"),
                JourneyError::PauseEndNotAfterToday,
            ),
            (
                pause(true, day(31, 12), "  "),
                JourneyError::PauseWithoutConditions,
            ),
        ] {
            assert_eq!(j.apply(edit, today), Err(error));
            assert_eq!(j, before, "nothing changed on a refusal");
        }
        j.apply(pause(true, day(31, 12), " Un appel par mois "), today)
            .expect("paused");
        assert_eq!(
            j.status(),
            &Status::OnHold {
                at_persons_request: true,
                start: today,
                planned_end: day(31, 12),
                resume_conditions: "Un appel par mois".into(),
                check_in_days: Some(31),
            }
        );
        assert_eq!(
            j.apply(pause(true, day(31, 12), "encore"), today),
            Err(JourneyError::PauseWhenNotActive)
        );
    }

    #[test]
    fn an_exit_has_a_reason_a_past_date_and_happens_once() {
        let today = day(1, 12);
        let mut j = journey();
        assert_eq!(
            j.apply(exit(day(2, 12), ExitReason::MovedAway), today),
            Err(JourneyError::ExitInFuture)
        );
        assert_eq!(
            j.apply(exit(today, ExitReason::Other(" ".into())), today),
            Err(JourneyError::ExitWithoutReason)
        );
        j.apply(exit(day(28, 11), ExitReason::MovedAway), today)
            .expect("exited");
        let last = j.status_history.last().expect("a change");
        assert_eq!(last.date, day(28, 11), "the exit keeps its own date");
        assert_eq!(last.note, "parti en Bretagne");
        assert_eq!(
            j.apply(exit(today, ExitReason::Health), today),
            Err(JourneyError::AlreadyExited)
        );
    }

    #[test]
    fn resuming_needs_a_pause_or_an_exit_and_history_is_only_added_to() {
        let today = day(1, 12);
        let mut j = journey();
        assert_eq!(j.apply(resume(), today), Err(JourneyError::AlreadyActive));
        j.apply(pause(true, day(31, 12), "Un appel"), day(20, 11))
            .expect("paused");
        j.apply(resume(), today).expect("resumed");
        j.apply(exit(today, ExitReason::StableJob), today)
            .expect("exited");
        assert_eq!(
            j.apply(resume(), today),
            Err(JourneyError::ResumeAfterExit),
            "a return after an exit is a re-entry"
        );
        let back = |date| JourneyEdit::ReEnter {
            date,
            recorded_by: "Inès".into(),
            note: "Nouvelle orientation".into(),
        };
        assert_eq!(
            j.apply(back(day(30, 11)), today),
            Err(JourneyError::ReEntryDate),
            "before the exit"
        );
        assert_eq!(
            j.apply(back(day(2, 12)), today),
            Err(JourneyError::ReEntryDate),
            "after today"
        );
        j.apply(back(today), today).expect("back after an exit");
        assert_eq!(
            j.apply(back(today), today),
            Err(JourneyError::ReEntryWhenNotExited)
        );
        assert_eq!(
            crate::report::entries(&j),
            [j.entry_date, today],
            "the return is an entry"
        );
        let statuses: Vec<&Status> = j.status_history.iter().map(|c| &c.status).collect();
        assert_eq!(statuses.len(), 5, "every change kept: {statuses:?}");
        assert!(matches!(statuses[0], Status::Active));
        assert!(matches!(statuses[1], Status::OnHold { .. }));
        assert!(matches!(statuses[3], Status::Exited { .. }));
        assert!(matches!(statuses[4], Status::Active));
    }

    #[test]
    fn a_stage_has_a_title_and_is_reviewed_once_with_what_it_decides() {
        let today = day(1, 12);
        let mut j = journey();
        assert_eq!(
            j.apply(JourneyEdit::AddStage(stage(" ", today, None)), today),
            Err(JourneyError::StageWithoutTitle)
        );
        assert_eq!(
            j.apply(
                JourneyEdit::AddStage(stage("CV", today, Some(day(1, 11)))),
                today
            ),
            Err(JourneyError::EndsBeforeStart)
        );
        j.apply(JourneyEdit::AddStage(stage(" CV ", today, None)), today)
            .expect("added");
        assert_eq!(j.stages[0].title, "CV");
        let review = |decision| JourneyEdit::ReviewStage {
            stage: 0,
            decision,
            note: " Bien avancé ".into(),
        };
        assert_eq!(
            j.apply(review(ReviewDecision::HandOver { to: " ".into() }), today),
            Err(JourneyError::DecisionWithoutDetail)
        );
        assert_eq!(
            j.apply(
                JourneyEdit::ReviewStage {
                    stage: 3,
                    decision: ReviewDecision::Stop,
                    note: String::new(),
                },
                today
            ),
            Err(JourneyError::NoSuchStage(3))
        );
        j.apply(
            review(ReviewDecision::Continue {
                new_frame: " Temps partiel ".into(),
            }),
            today,
        )
        .expect("reviewed");
        let kept = j.stages[0].review.clone();
        assert_eq!(
            kept,
            Some(StageReview {
                session: None,
                date: today,
                decision: ReviewDecision::Continue {
                    new_frame: "Temps partiel".into()
                },
                note: "Bien avancé".into(),
            })
        );
        assert_eq!(
            j.apply(review(ReviewDecision::Stop), today),
            Err(JourneyError::AlreadyReviewed)
        );
        assert_eq!(j.stages[0].review, kept, "the review stays as it was");
    }

    #[test]
    fn experiences_and_contacts_are_added() {
        let today = day(1, 12);
        let mut j = journey();
        let milestone = |title: &str, end| Milestone {
            kind: MilestoneKind::WorkTrial,
            title: title.into(),
            employer: " Boulangerie Olive ".into(),
            start: day(3, 11),
            end,
        };
        assert_eq!(
            j.apply(JourneyEdit::AddMilestone(milestone("", None)), today),
            Err(JourneyError::MilestoneWithoutTitle)
        );
        assert_eq!(
            j.apply(
                JourneyEdit::AddMilestone(milestone("Vendeuse", Some(day(1, 11)))),
                today
            ),
            Err(JourneyError::EndsBeforeStart)
        );
        j.apply(
            JourneyEdit::AddMilestone(milestone("Vendeuse", Some(day(14, 11)))),
            today,
        )
        .expect("added");
        assert_eq!(j.milestones[0].employer, "Boulangerie Olive");
        for date in [day(20, 11), day(2, 11)] {
            j.apply(
                JourneyEdit::AddContact(Contact {
                    date,
                    kind: ContactKind::Call,
                    recorded_by: "Inès".into(),
                    note: Private::default(),
                    duration_minutes: None,
                }),
                today,
            )
            .expect("contact");
        }
        assert_eq!(j.contacts[0].date, day(2, 11), "in date order");
        assert_eq!(j.last_contact(), Some(day(20, 11)));
    }
}
