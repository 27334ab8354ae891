# Complaint to the supervisory authority of the participant's residence (Article 77 GDPR).
@subject Complaint under Article 77 GDPR: request for access not answered in full
@salutation Dear Sir or Madam,

On behalf of {participant}, who lives in {residence}, {organisation} lodges a complaint under
Article 77 of the General Data Protection Regulation (GDPR) against {controller}. The complaint
concerns a request for access under Article 15 GDPR that the controller has not answered in
full. We act under the enclosed mandate signed by {participant}.

@heading The controller
@field Controller | {controller}
@if leadAuthority
@field Lead supervisory authority | {leadAuthority} ({leadCountry})
@end

@heading The facts
@if received
@field Request received by the controller | {received}
@end
@if due
@field End of the period (Art. 12(3) GDPR) | {due}
@end
@each events
@field {date} | {text}
@end

@if missing
The controller has not provided the following, to which {participant} is entitled under
Article 15 GDPR:
@each missing
- {provision}: {name}.
@end
@else
The controller has not provided a complete answer to the request.
@end

@heading Our request to you
We ask you to handle this complaint, to investigate it to the appropriate extent, and to use your
powers under Article 58(2) GDPR, in particular to order the controller to comply with the request
(Article 58(2)(c) GDPR). Please inform us of the progress and the outcome of the complaint
(Article 77(2) GDPR), and in any event within three months (Article 78(2) GDPR).
@if leadAuthority
As the controller has its main establishment in another Member State, we ask you to cooperate
with the lead supervisory authority as provided in Articles 56 and 60 GDPR, while remaining our
point of contact.
@end

Please send your correspondence about this complaint to {organisation}, quoting our reference.

@closing Yours faithfully,
@enclosure Mandate signed by {participant}
@enclosure Copy of the request for access
@if events
@enclosure Correspondence with the controller
@end
