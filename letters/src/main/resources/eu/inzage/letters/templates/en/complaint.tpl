# Complaint to the supervisory authority of the participant's residence (Article 77 GDPR).
@subject Complaint under Article 77 GDPR: request for access not answered in full
@salutation Dear Sir or Madam,

On behalf of {participant}, who lives in {residence}, {organisation} lodges a complaint under
Article 77 of the General Data Protection Regulation (GDPR) against {controller}. The complaint
concerns a request for access under Article 15 GDPR. We act under the enclosed mandate signed by
{participant}.

@heading The controller
@field Controller | {controller}
@if leadAuthority
@field Lead supervisory authority | {leadAuthority} ({leadCountry})
@end
@if noOneStopShop
@if representative
@field Representative in the Union (Art. 27 GDPR) | {representative}
@if representativeAddress
@field Address of the representative | {representativeAddress}
@end
@else
@field Representative in the Union (Art. 27 GDPR) | no representative on record
@end
@end

@if noOneStopShop
@heading Your competence
The controller has no main establishment in the Union, so the one-stop-shop mechanism of Article
56 GDPR does not apply. As the supervisory authority of the Member State in which {participant}
habitually resides, you are competent to handle this complaint (Article 55(1) and Article 77(1)
GDPR).
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

@if answerNone
No answer from the controller is on record: the period of Article 12(3) GDPR has ended without
the controller providing the information and the copy to which {participant} is entitled under
Article 15 GDPR.
@end
@if answerIncomplete
The controller answered on {answeredOn}, but its answer is incomplete.
@end
@if answerRefused
The controller refused the request on {answeredOn}.
@end
@if answerNoData
On {answeredOn} the controller stated that it holds no personal data of {participant}.
@end
@if answerProcessor
On {answeredOn} the controller stated that it acts only as a processor, without naming the
controllers for which it processes the data.
@end
@if !answerNone
@if missing
The controller has not provided the following, to which {participant} is entitled under
Article 15 GDPR:
@each missing
- {provision}: {name}.
@end
@else
@if answerUnclassified
The controller has not provided a complete answer to the request.
@end
@end
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
