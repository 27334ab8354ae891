# Collective complaint under Article 80(1) GDPR with Article 77 GDPR, for one controller and one
# supervisory authority: the participants who live where that authority is competent.
@subject Collective complaint under Articles 77 and 80(1) GDPR: requests for access not answered in full
@salutation Dear Sir or Madam,

{organisation} lodges a complaint under Article 77 of the General Data Protection Regulation
(GDPR) against {controller} on behalf of {count} data subjects who have mandated us to do so under
Article 80(1) GDPR. Each of them made a request for access under Article 15 GDPR through us, and
for each of them the period of Article 12(3) GDPR has ended. The annex states, for each
participant, what the controller answered according to our records.
@if several
This complaint is sent in {volumes} volumes; this is volume {volume}, which covers participants
{first} to {last}.
@end

@heading The complainant
{organisation} is a not-for-profit body
@if legalForm
({legalForm})
@end
@if constitutedUnder
which has been properly constituted under {constitutedUnder}, has statutory objectives which are
in the public interest, and is active in the field of the protection of data subjects' rights and
freedoms with regard to the protection of their personal data (Article 80(1) GDPR). Its statutes
and an extract from the register are enclosed.
@else
which has been properly constituted in accordance with the law of a Member State, has statutory
objectives which are in the public interest, and is active in the field of the protection of data
subjects' rights and freedoms with regard to the protection of their personal data (Article 80(1)
GDPR). Its statutes and an extract from the register are enclosed.
@end
@if objectives
@field Statutory objectives | {objectives}
@end
@if registration
@field Registration number | {registration}
@end

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
56 GDPR does not apply. This complaint concerns only participants who habitually reside where you
are the supervisory authority; you are therefore competent to handle it (Article 55(1) and
Article 77(1) GDPR).
@end

@heading The facts
The annex lists, for each participant of this volume, the day the request reached the controller,
the end of the period under Article 12(3) GDPR, how many days have passed since then, and the
controller's answer as recorded: no answer, an incomplete answer with the items of Article 15
GDPR it lacks, a refusal, or another reply.
@if anyLate
For {late} of the {inVolume} participants of this volume the period has ended without a complete
answer.
@end
The participants' mandates follow the annex, in the same order.

@heading Our request to you
We ask you to handle this complaint, to investigate it to the appropriate extent, and to use your
powers under Article 58(2) GDPR, in particular to order the controller to comply with the
participants' requests (Article 58(2)(c) GDPR). Please inform us of the progress and the outcome
of the complaint (Article 77(2) GDPR), and in any event within three months (Article 78(2) GDPR).
@if leadAuthority
As the controller has its main establishment in another Member State, we ask you to cooperate
with the lead supervisory authority as provided in Articles 56 and 60 GDPR, while remaining our
point of contact.
@end

Please send your correspondence about this complaint to {organisation}, quoting our reference.

@closing Yours faithfully,
@enclosure Annex: the participants {first} to {last} and their findings
@enclosure The mandates of these {inVolume} participants
@enclosure {statutes}
@enclosure {registryExtract}
