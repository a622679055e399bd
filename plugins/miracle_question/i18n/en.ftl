name = Miracle question
description = Imagine the day the problem is gone, spot its concrete signs, place yourself from 0 to 10 and choose one small first step.
step-situation = The situation
step-miracle = The miracle question
step-follow-up = Making the picture concrete
step-signs = The signs noticed
step-scale = Where are you today?
step-first-step = A first small step
step-end = What is kept
prompt-situation = Tell the situation in your own words: what is hard at the moment?
prompt-miracle = Imagine: tonight, while you sleep, a small miracle happens and this problem is gone. You do not know it yet. Tomorrow morning, how do you realise that something has changed?
prompt-first-notice = What is the very first thing you would notice when you wake up?
prompt-others-notice = Who around you would notice the change? How would they see it?
prompt-day = Tell me about that day, hour by hour.
prompt-colleagues = How would things be with your colleagues?
prompt-feeling = How would you feel?
prompt-signs = Here are the signs you described. Which ones speak to you most?
prompt-scale = On a scale from 0 to 10, where 10 is that day, where are you today? What of it already exists?
prompt-first-step = What would be a first small step, easy to take, towards that day?
answer-label = { $name }'s answer, in their words
situation-label = The situation, as { $name } tells it
miracle-label = What { $name } would notice
add-as-sign = Keep as a sign
signs-label = { $name }'s signs
sign-new-label = New sign for { $name }
sign-add = Add the sign
sign-remove = Remove "{ $sign }"
no-signs = No sign noted yet.
kept-as-sign = Kept among the signs.
scale-low = 0: nothing of that day
scale-high = 10: the day of the miracle
scale-label = { $value } out of 10
scale-button = { $value }
scale-of = { $name } is at
exists-label = What already exists, for { $name }
first-step-label = { $name }'s first small step
review-in = Look at it again in
review-week = 1 week
review-two-weeks = 2 weeks
review-month = 1 month
review-date = Look at it again on { $date }.
last-time = Last time: { $value } out of 10.
person = Person
skip = Skip this question
unskip = Ask this question again
skipped = (skipped)
move-up = Move up
move-down = Move down
prompts-title = Questions to come
custom-prompt-label = Your own question
custom-prompt-add = Add the question
show-answers = Show the answers on the projector (without names)
projector-answers = What was said:
step-of = Step { $step } of { $total }
takeaway-signs = Signs: { $signs }.
takeaway-scale = Today: { $value } out of 10.
takeaway-exists = Already there: { $exists }.
takeaway-first-step = First small step: { $step }
takeaway-review = (look at it again on { $date })
summary = Miracle question: { $count ->
    [one] { $count } person
   *[other] { $count } people
}, { $signs ->
    [one] { $signs } sign noticed
   *[other] { $signs } signs noticed
}.
chart-scale = Scale 0–10
restore-error = The miracle question draft could not be read back: { $reason }
# Said by screen readers of a collapsible section's header.
section-open = open
section-closed = closed
