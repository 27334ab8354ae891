# Reminder after the period of Article 12(3) GDPR has passed without a complete answer, or a
# follow-up to an answer that does not answer the request (a bare claim to be a processor).
@subject Reminder: request for access to personal data (Article 15 GDPR)
@salutation Dear Sir or Madam,

On behalf of {participant}, {organisation} asked you for access to personal data under
Article 15 of the General Data Protection Regulation (GDPR).
@if submitted
@if proof
We sent our request on {submitted} (proof of submission: {proof}).
@else
We sent our request on {submitted}.
@end
@else
@if proof
The proof of submission of our request is: {proof}.
@end
@end
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
@if lateExtension
Your notice that you extend the period reached us on {extensionNotified}, after the first month
had ended on {oneMonth}. An extension must be notified within one month of receipt of the request
(Article 12(3) GDPR); this extension is therefore not valid and does not extend the period.
@end

@if processorClaimed
On {processorClaimed} you answered that you act only as a processor. That answer does not answer
our request. A processor assists the controller in responding to requests from data subjects
(Article 28(3)(e) GDPR), and {participant} may exercise the right of access against the
controller (Article 15 GDPR). We therefore ask you kindly:
- to tell us for which controllers you process personal data of {participant}, with their names
  and contact details;
- to forward our request to those controllers without further delay;
- to confirm whether you also process personal data of {participant} for your own purposes; for
  that processing you are the controller yourself, and we ask you to give the complete answer
  under Article 15 GDPR.
@else
@if missing
We have not yet received the following, to which {participant} is entitled under Article 15
GDPR:
@each missing
- {provision}: {name}.
@end
@else
We have not yet received a complete answer to our request.
@end
@end

@if events
For your reference, this is what has happened so far:
@each events
@field {date} | {text}
@end
@end

@if !processorClaimed
We ask you to provide the complete answer without further delay, with the copy in a commonly
used electronic form that can be downloaded (Article 15(3) GDPR), and to send it to
{organisation}, which is authorised by the enclosed mandate to receive it on {participant}'s
behalf.
@end
@if finalDate
We ask you to answer by {finalDate} at the latest. If we have not received a complete answer by
that day, we will lodge a complaint with the competent supervisory authority (Article 77 GDPR).
@else
If we do not receive a complete answer, we will lodge a complaint with the competent supervisory
authority (Article 77 GDPR).
@end

@closing Yours faithfully,
@enclosure Copy of the mandate signed by {participant}
@enclosure Copy of our request for access
@if representative
@cc {representative}, representative in the Union (Article 27 GDPR)
@end
