# Activities described in a text file: the session, and the files' errors.

step-of = Step { $step } of { $total }
projector-says = On the projector: { $text }
person = Person:
person-done = { $name } (done)
person-select = Fill in the answers of { $name }{ $done ->
    [yes] {" "}(done)
   *[no] {""}
}
answers-of = Answers of { $name }
for-group = For the group
show-on-projector = Show on the projector, without names: { $label }
from-last-time = From the last session: look at it again together.
anonymous-note = Without names: what is said is kept, never who said it.
anonymous-grid-note = Without names: answers are counted, never who answered what. The participants' phones can answer.
grid-answers = { $count ->
    [0] No answers yet.
    [one] 1 answer.
   *[other] { $count } answers.
}
paper-answer = An answer given on paper:
paper-add = Add this answer
item-new = New item: { $label }
item-add = Add
item-add-to = Add to the list: { $label }
item-remove = Remove: { $item }
checklist-count = { $done } of { $total }
scale-value = { $label }: { $value }
scale-end = { $value } = { $text }
rating-line = { $statement }: { $level }
date-example = dd/mm/yyyy
date-hint = Write the date like this: 20/11/2026.
likert-1 = Disagree
likert-2 = Rather disagree
likert-3 = In between
likert-4 = Rather agree
likert-5 = Agree
tally-line = { $statement } — { $counts }
projector-count = { $option }: { $count }
kept-heading = Kept for the next session:
record-line = { $name }: { $answer }
summary = { $activity }: { $parts }.
summary-people = { $answered ->
        [0] nobody answered
        [one] 1 person of { $people } answered
       *[other] { $answered } people of { $people } answered
    }
summary-group = { $count ->
        [one] 1 answer for the group
       *[other] { $count } answers for the group
    }
summary-rated = { $count ->
        [one] 1 answer to the grid without a name
       *[other] { $count } answers to the grid without names
    }
summary-texts = { $count ->
        [one] 1 contribution without a name
       *[other] { $count } contributions without names
    }
restore-error = The session in progress could not be read again ({ $reason }).
restore-other-activity = This draft belongs to another activity ({ $id }).

err-located = line { $line }, column { $column }: { $message }
err-unreadable = The file could not be read ({ $reason }).
err-too-large = The file is too large ({ $size } KB; { $max } KB at most): it is probably not an activity.
err-not-utf8 = The file is not saved as UTF-8. In your editor, choose "Save as" and the UTF-8 encoding.
err-unexpected-end = The file stops too early: a parenthesis, a bracket or quotes are not closed.
err-missing-comma = A comma is missing between two items, or quotes are not closed a little before this place.
err-comma-at-line-end = A comma is missing at the end of this line, after "{ $after }": add "," right after it. Every item of a list or a group ends with a comma.
err-expected-text = A text is written between straight quotes, like this: "My text".
err-unclosed-quotes = Quotes are not closed: each text starts and ends with ".
err-expected-number = A whole number is expected here, for example 0 or 10.
err-expected-bool = Write true (yes) or false (no) here.
err-expected-list = A list is written between square brackets [ ]; one of them is missing.
err-expected-parenthesis = A parenthesis is missing here: each ( must be closed by ).
err-curly-quotes = A text is written between straight quotes "…": typographic quotes (“ ”, « ») do not work here. Your editor may have put them in by itself.
err-unexpected-char = The character "{ $char }" has no place here.
err-text-after-end = There is text after the activity's last parenthesis: a parenthesis may be closed too early.
err-unclosed-comment = A /* comment is not closed by */.
err-too-deep = Too many parentheses or brackets inside each other.
err-unknown-key-nearest = There is no key "{ $found }" here. Did you mean "{ $nearest }"?
err-unknown-key = There is no key "{ $found }" here. Possible keys: { $expected }.
err-missing-key = The key "{ $key }" is missing.
err-duplicate-key = The key "{ $key }" is written twice.
err-did-you-mean = {" "}Did you mean "{ $nearest }"?
err-unknown-kind = "{ $found }" is not a known field kind.{ $nearest } Possible kinds: { $kinds }.
err-unknown-value = "{ $found }" is not a possible value here.{ $nearest } Possible values: { $expected }.
err-other = What is written here does not fit ({ $detail }).
err-newer-format = This file is written for a newer Atelier (format { $found }; this one reads format { $supported }). Update Atelier.
err-bad-id = The id "{ $id }" does not fit: use 1 to 48 lowercase letters without accents, digits or _ (for example work_review).
err-empty-text = This text is empty: write at least the French.
err-too-long = This text is too long ({ $max } characters at most).
err-too-many = Too many items in "{ $what }" ({ $max } at most).
err-no-steps = The activity has no steps: add at least one in steps.
err-limits = The number of participants does not work: from { $min } to { $max }. It must be at least 1, at most 30, and min no larger than max.
err-one-to-one-limits = A one-to-one-only activity (OneToOne) is done with one person: write min: 1.
err-duplicate-field = Two fields have the id "{ $id }": each field needs its own.
err-too-few-options = At least two choices (or two statements) are needed.
err-scale-range = The scale goes from { $min } to { $max }: the smaller must come first, with at most { $span } steps between.
err-likert-levels = A grid has 2 to 7 levels.
err-anonymous-kind = anonymous only goes with a text or a grid for the group (for: Group, and ShortText, LongText, List or Likert).
err-anonymous-person = An anonymous field cannot go into a person's takeaway or charts, or be kept for them (takeaway, chart, keep).
err-chart-scale = chart only goes with a scale (Scale) filled in for each person.
err-keep-group = keep only goes with a field filled in for each person (a group answer belongs to nobody).
err-projector-kind = The projector cannot show a { $kind } field without names: remove show_on_projector.
err-takeaway-placeholder = In takeaway, only {"{"}value{"}"} is replaced (by the answer); "{ $found }" is not.
err-journey-kind = This field cannot be the { $role }: StageDecision is a SingleChoice of three options (continue with a new frame, hand over, stop, in this order); HandOverTo and NextGoal are texts (ShortText or LongText); NextActions is a List; NextReview is a Date.
err-journey-group = journey only goes with a field filled in for each person, without anonymous: a stage belongs to one person's journey.
err-journey-twice = Two fields have journey: { $role }: only one field may have it.
err-journey-without-decision = journey is only for a stage review: add the decision's field (journey: StageDecision), or remove journey.

## A stage review: the stage from the journey
stage-title = The stage: { $title }
stage-span = From { $start } to { $end } (planned end)
stage-since = Started on { $start }
stage-objectives = Its objectives:
stage-actions = The planned actions:
stage-kept = The decision taken at the end will be saved as this stage's review, in the journey.
stage-none = No stage to review in the journey: this review will be kept with the session, without closing a stage.
