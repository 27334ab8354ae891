# Cover letter of a collective access request (Article 15 GDPR) for one controller and one wave.
@subject Collective request for access to personal data (Article 15 GDPR)
@salutation Dear Sir or Madam,

{organisation} acts on behalf of {count} persons who have each given us a written mandate. On
their behalf we ask you, under Article 15 of the General Data Protection Regulation (GDPR), for
access to the personal data that you process concerning each of them.
@if several
This letter is sent in {volumes} volumes; this is volume {volume}, which covers participants
{first} to {last}.
@end

@heading Legal basis
Each participant has the right of access under Article 15 GDPR. A person may exercise this right
through a representative: we act under the enclosed mandates, which each participant signed, and
which authorise us to make this request and to receive your answer and the personal data on the
participant's behalf.
@if lawCitation
The mandates rest on the law of agency and are governed by {law} ({lawCitation}).
@else
The mandates rest on the law of agency and are governed by {law}.
@end
Article 80 GDPR is not needed for a request for access.

@heading What we ask for, for each participant
- confirmation as to whether or not you process personal data concerning the participant
  (Article 15(1) GDPR);
- access to those personal data and a copy of them (Article 15(1) and (3) GDPR), in a commonly
  used electronic form that can be downloaded and kept: a faithful and intelligible reproduction
  of the data themselves, not a summary (CJEU C-487/21, Österreichische Datenschutzbehörde, 4 May
  2023);
- the information listed in Article 15(1)(a) to (h) and Article 15(2) GDPR: purposes,
  categories, the actual recipients, the storage period, the rights of the data subject, the
  right to complain, the source, automated decision-making including profiling referred to in
  Article 22(1) and (4) GDPR and its logic, and the safeguards for transfers to third countries.

@heading The participants
The annex lists the participants of this volume with the details you need to find their data
and the reference of each participant's mandate. The mandates follow the annex, in the same
order. Please answer for each participant separately, quoting our reference and the participant's
number in the annex.

@heading Deadline
Under Article 12(3) GDPR you must answer without undue delay and in any event within one month
of receipt of this letter. The period may be extended by two further months only where necessary,
taking into account the complexity and number of requests; you must then inform us of the
extension and the reasons for it within the first month. If you do not intend to comply for a
participant, you must inform us within one month of the reasons and of the possibility of lodging
a complaint with a supervisory authority and seeking a judicial remedy (Article 12(4) GDPR). The
first copy is free of charge, and no reasons are needed for a request for access (Article 12(5)
and Article 15(3) GDPR; CJEU C-307/22, FT v DW, 26 October 2023). You may ask for additional information to confirm a participant's identity
only where you have reasonable doubts about it (Article 12(6) GDPR).

@heading Where to send your answer
Please send your answers and the data to {organisation}, quoting our reference.
@if organisationEmail
Our e-mail address is {organisationEmail}.
@end

@closing Yours faithfully,
@enclosure Annex: list of the participants {first} to {last}
@enclosure The mandates of these {inVolume} participants
@if representative
@cc {representative}, representative in the Union (Article 27 GDPR)
@end
