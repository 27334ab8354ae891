# Reminder after the period of Article 12(3) GDPR has passed without a complete answer.
@subject Reminder: request for access to personal data (Article 15 GDPR)
@salutation Dear Sir or Madam,

On behalf of {participant}, {organisation} asked you for access to personal data under
Article 15 of the General Data Protection Regulation (GDPR).
@if received
Our request reached you on {received}.
@end
@if due
@if overdue
The period for your answer under Article 12(3) GDPR ended on {due}.
@else
The period for your answer under Article 12(3) GDPR ends on {due}.
@end
@end

@if missing
We have not yet received the following, to which {participant} is entitled under Article 15
GDPR:
@each missing
- {provision}: {name}.
@end
@else
We have not yet received a complete answer to our request.
@end

@if events
For your reference, this is what has happened so far:
@each events
@field {date} | {text}
@end
@end

We ask you to provide the complete answer without further delay, with the copy in a commonly
used electronic form that can be downloaded (Article 15(3) GDPR), and to send it to
{organisation}, which is authorised by the enclosed mandate to receive it on {participant}'s
behalf. If we do not receive a complete answer, we will lodge a complaint with the competent
supervisory authority (Article 77 GDPR).

@closing Yours faithfully,
@enclosure Copy of the mandate signed by {participant}
@enclosure Copy of our request for access
@if representative
@cc {representative}, representative in the Union (Article 27 GDPR)
@end
