name = Social skills
description = Solve a problem in five steps, follow a measured behaviour from one session to the next, practise through role play.
tab-steps = Solve a problem
tab-tracking = Tracked behaviour
tab-role-play = Role plays
for-person = For:
step-of = Step { $step } of 5 — { $title }
step-1 = Name the difficulty and set a goal
step-2 = Look for several solutions
step-3 = Think about the consequences
step-4 = Compare and choose
step-5 = Make an action plan
questions-1 = Why is this a difficulty for you?
    In which situations does it happen?
    What would you like to happen instead?
questions-2 = How else could you do it?
    How would other people go about it?
    Every idea counts: we sort them later.
questions-3 = For each solution: how would the others feel?
    What would happen next?
questions-4 = Which solution seems best to you? Why?
    What makes you say it suits you?
questions-5 = What is your goal?
    What are the steps to get there?
    What obstacles might you meet?
    How long will it take you?
step-previous = Previous step
step-next = Next step
difficulty = The difficulty
goal = The goal
solution-new = A solution
solution-add = Add the solution
solution-remove = Remove
solution-remove-label = Remove the solution: { $text }
solution-text-label = Solution { $n }
no-solutions = No solution yet: go back to step 2.
consequences-of = Consequences of: { $text }
choose = Choose: { $text }
why-chosen = Why this choice
plan-goal = My goal
plan-steps = The steps
plan-obstacles = Possible obstacles
plan-duration = How long
takeaway-problem = My difficulty: { $difficulty }.
takeaway-choice = What I will try: { $solution }.
takeaway-steps = My steps: { $steps }.
takeaway-duration = For: { $duration }.
takeaway-role-play = To try after the role play: { $text }.
domain-label = Domain
domain-peers = Relations with colleagues (team work, accepting criticism)
domain-self-control = Self-control (temper, compromise)
domain-work-method = Work method (working independently)
domain-compliance = Following rules and instructions
domain-assertion = Assertion (starting a conversation, receiving a compliment)
target-new = Choose the behaviour to work on
target-situation = The social situation chosen with the person
target-behaviour = The behaviour, observable: what counts
target-behaviour-hint = For example: "saying hello to colleagues on arrival".
measure-label = How to measure it
measure-count = Number of times
measure-percent = Share of the occasions (0 to 100 %)
measure-rating = Rating from 1 (not at all) to 5 (fully)
unit-label = Over which period (for a number)
unit-hint = per day, per week…
target-start = Start following it
target-missing = Describe the situation and the behaviour, so that progress can be measured.
target-summary = { $domain } — { $behaviour }
target-measure = Measure: { $measure } { $unit }
target-since = Followed since { $date }
stored-unreadable = The follow-up kept in the journey could not be read ({ $reason }). A new follow-up starts; the old text stays in the journey until this session is saved.
baseline-progress = Baseline: { $days ->
    [one] { $days } day measured out of 3.
   *[other] { $days } days measured out of 3.
}
baseline-done = Baseline done: three separate occasions.
follow-up-progress = Follow-up: { $days ->
    [one] { $days } day since the first measurement
   *[other] { $days } days since the first measurement
} (follow-up lasts at least two weeks).
follow-up-done = Follow-up: { $days } days, at least two weeks.
measure-new = New measurement
measure-date = Date (DD/MM/YYYY)
measure-value = Value
phase-baseline = Baseline
phase-follow-up = Follow-up
source-label = Observed by
source-person = The person
source-advisor = The advisor
source-employer = The employer or a colleague
source-family = Family or people around them
source-other = Someone else
source-other-role = Who (their role)
measure-note = Where, with whom (optional)
measure-add = Add the measurement
measure-bad-date = The date could not be read: write it as 20/11/2026.
measure-bad-value = The value does not fit this measure.
measure-line = { $date } · { $phase } · { $value } · { $source }
techniques-title = Techniques used today
technique-modelling = Showing how (modelling)
technique-role-play = Role play
technique-shaping = Small steps (shaping)
technique-feedback = Feedback: what went well, then one thing to try
technique-reinforcement = Encouraging progress (reinforcement)
change-title = Adjust the training (one thing at a time)
change-what = What changes
change-add = Record this change
change-line = { $date }: { $what }
generalisation = With other people, in other places
fading = How support is gradually reduced
target-close = End this follow-up and choose another
chart-phase-change = Follow-up starts
chart-unit-count = Number of times
chart-unit-count-per = Number of times ({ $unit })
chart-unit-percent = Share of occasions (%)
chart-unit-rating = Rating from 1 to 5
projector-tracking-title = Following one behaviour, step by step
projector-tracking-1 = We watch one thing only, concrete, that can be counted.
projector-tracking-2 = First a few days without changing anything, to know where we start.
projector-tracking-3 = Then one change at a time, and we look at what it brings.
chart-title = Baseline and follow-up
chart-baseline = Baseline
chart-follow-up = Follow-up
chart-mean = Baseline mean
chart-change = Change
chart-words = Baseline: { $baseline }. Follow-up: { $follow }.
chart-none = no measurement
role-scenario = Scenario
role-new = Write a new scenario
role-new-title = Title of the scenario
role-new-situation = The situation
role-new-roles = The roles (separated by commas)
role-new-add = Add the scenario
role-who = Who plays: { $role }
role-facilitator = The facilitator
role-nobody = Nobody yet
role-feedback-title = Feedback, always in this order
role-went-well = First: what went well
role-to-try = Then: one thing to try
role-save = Save this role play
role-save-missing = First write down what went well.
role-done = Role plays done
role-done-line = { $scenario } — well: { $well } — to try: { $try }
scenario-1-title = Job interview
scenario-1-situation = You apply for a job. You are asked to talk about yourself and what you do well.
scenario-1-roles = Recruiter, Candidate
scenario-2-title = Criticism from a supervisor
scenario-2-situation = Your supervisor tells you a task was not done the way it should have been.
scenario-2-roles = Supervisor, Employee
scenario-3-title = Asking a colleague for help
scenario-3-situation = You do not know how to do a new task. You go and see a colleague.
scenario-3-roles = Colleague, Employee
scenario-4-title = Saying no
scenario-4-situation = A colleague asks you to stay late, but you already have an appointment.
scenario-4-roles = Colleague, Employee
scenario-5-title = Receiving a compliment
scenario-5-situation = Your supervisor congratulates you on your work this week.
scenario-5-roles = Supervisor, Employee
scenario-6-title = Starting a conversation at the break
scenario-6-situation = It is the break. A colleague you barely know is alone at the coffee machine.
scenario-6-roles = Colleague, Employee
projector-title = Social skills training
projector-roles = The roles: { $roles }
summary = Social skills: { $steps ->
    [one] { $steps } person made a plan
   *[other] { $steps } people made a plan
}, { $plays ->
    [one] { $plays } role play
   *[other] { $plays } role plays
}, { $measures ->
    [one] { $measures } measurement added
   *[other] { $measures } measurements added
}.
restore-error = The social skills draft could not be read back: { $reason }
record-chosen = {" "}(chosen)
record-measure = Measurement of { $date }: { $value } (observed by: { $source })
measure-remove = Remove
measure-remove-label = Remove the measurement of { $date } ({ $value })
# Said by screen readers of a collapsible section's header.
section-open = open
section-closed = closed
