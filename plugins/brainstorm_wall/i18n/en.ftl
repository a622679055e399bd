name = Dream, Realist, Critic wall
description = Ideas written anonymously, shuffled, drawn one by one, then placed by the group with the Dreamer, the Realist or the Critic.
topic-label = The topic
topic-hint = For example: what would your perfect workplace be?
idea-label = New idea
to-pool = Put in the box
to-wall = Straight to the wall: { $column }
private-entry = Participants write in turn: hide the ideas already written
pool-count = { $count ->
    [0] The box is empty.
    [one] 1 idea in the box.
   *[other] { $count } ideas in the box.
}
shuffle = Shuffle the box
draw = Draw the next idea
drawn-title = Idea drawn
why-label = Why here? (optional)
place-action = Place the drawn idea: { $column }
place = { $key } — { $column }
column-0 = Dreamer
column-1 = Realist
column-2 = Critic
unread = { $count ->
    [0] Every idea on the wall has been read.
    [one] 1 idea on the wall has not been read yet.
   *[other] { $count } ideas on the wall have not been read yet.
}
waiting = { $count ->
    [one] 1 idea is still waiting in the box
   *[other] { $count } ideas are still waiting in the box
}{ $unread ->
    [0] .
    [one] , and 1 idea on the wall has not been read yet.
   *[other] , and { $unread } ideas on the wall have not been read yet.
}
read-label = Read: { $text }
move-to = { $text }: to { $column }
select-label = Choose to merge: { $text }
merge = Merge the chosen ideas
why-shown = why: { $why }
takeaways-title = What each person takes away (optional)
takeaway-label = What { $name } takes away
summary = Wall "{ $topic }": { $dream } Dreamer, { $realist } Realist, { $critic } Critic.
restore-error = The wall draft could not be read back: { $reason }
read-short = read
move-short = to { $column }
edit-short = Edit
edit-note = Edit the idea: { $text }
edit-label = Text of the idea
edit-done = Done
select-short = Choose
or-to-wall = Or straight to the wall:
record-unread = {" "}(not read)
record-left = { $count ->
    [one] 1 idea was not drawn.
   *[other] { $count } ideas were not drawn.
}
remove-short = Remove
remove-note = Take the idea off the wall: { $text }
older = { $count ->
    [one] + 1 older idea
   *[other] + { $count } older ideas
}
phone-prompt = Your idea
# Said by screen readers of a collapsible section's header.
section-open = open
section-closed = closed
