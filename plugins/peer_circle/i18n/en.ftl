name = Peer-sharing circle
description = Each person speaks in turn on a theme, with a visible speaking time, the right to pass, and a round of echoes to finish.
theme-title = The theme
theme-custom = Another theme
theme-1 = A good moment of my week
theme-2 = My first day at work
theme-3 = How I handle stress
theme-4 = Telling my employer about my health, or not
theme-5 = A success, even a small one
rules-title = The circle's rules
rule-1 = What is said here stays here.
rule-2 = We listen with kindness.
rule-3 = No advice, unless the person asks for it.
rule-4 = Everyone may pass their turn.
rule-label = Rule { $n }
rule-remove = Remove rule { $n }
rule-new = New rule
rule-add = Add the rule
order-title = Speaking order
order-seated = In the order people are seated; change it with "Earlier" and "Later", or shuffle.
shuffle = Shuffle the order
move-up = Move { $name } up
move-down = Move { $name } down
earlier = Earlier
later = Later
minutes-label = Speaking time per person (minutes)
rounds-label = Number of rounds
echo-round = End with a round of echoes
start-rules = Present the theme and the rules
start-round = Start the first round
round-title = Round { $round } of { $rounds }
echo-title = Round of echoes
turn-of = Speaking now:
then = next: { $name }
next-someone = the next person
pause-title = End of round { $round }. A short pause.
next-round = Next: round { $round } of { $rounds }.
echo-explained = Echo round: each person says in one sentence what touched them in what they heard.
start-next-round = Start the next round
now-speaking = It is { $name }'s turn
your-turn = Your turn
time-left = Time left: { $time }
time-up = Time is up. You can finish calmly.
paused = Paused
pause = Pause
resume = Resume
extend = One more minute
action-pass = The person speaking passes their turn
pass = { $name } passes
next-speaker = Next person
come-back = Bring { $name } back now
close-round = Close this round
status-spoke = spoke
status-passed = passed, will come back
status-waiting = waiting
status-speaking = speaking
notes-label = Private notes on { $name }
notes-private = Never shown on the projector.
end-title = End of the circle
projector-thanks = Thank you all.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s
spoke-summary = { $name }: { $times ->
    [0] did not speak
    [one] spoke once, { $duration }
   *[other] spoke { $times } times, { $duration }
}{ $passed ->
    [0] {""}
    [one] {" "}(passed once)
   *[other] {" "}(passed { $passed } times)
}
takeaway-label = What { $name } takes away
takeaway-needs-consent = Nothing will be noted without their agreement.
takeaway-consent = { $name } agrees that this is written in their journey
summary = Circle "{ $theme }": { $rounds ->
    [one] { $rounds } round
   *[other] { $rounds } rounds
}{ $echo ->
    [yes] {" "}and an echo round
   *[no] {""}
}, { $speakers ->
    [one] { $speakers } person spoke
   *[other] { $speakers } people spoke
}.
restore-error = The circle draft could not be read back: { $reason }
