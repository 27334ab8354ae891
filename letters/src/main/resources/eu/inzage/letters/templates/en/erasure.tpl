# Request for erasure under Article 17 GDPR, sent under the participant's mandate.
@subject Request for erasure of personal data (Article 17 GDPR)
@salutation Dear Sir or Madam,

{organisation} acts on behalf of {participant}. On {participant}'s behalf we ask you, under
Article 17 of the General Data Protection Regulation (GDPR), to erase without undue delay all
personal data that you process concerning this person. We act under the enclosed mandate signed
by {participant}.

@heading The person concerned
Please use the following details to find the personal data concerned:
@each identifiers
@field {label} | {value}
@end

@heading Grounds
{participant} relies on the following grounds of Article 17(1) GDPR:
- the personal data are no longer necessary for the purposes for which they were collected or
  otherwise processed (point (a));
- {participant} withdraws any consent on which the processing is based (point (b) and Article
  7(3) GDPR);
- {participant} objects to the processing under Article 21 GDPR, and there are no overriding
  legitimate grounds for it (point (c));
- where the processing was unlawful, the data must be erased for that reason as well (point (d)).

@heading What we ask of you
- Erase the personal data, including copies held by processors acting for you.
- Where you have made the data public, take reasonable steps to inform other controllers that
  process them of this request (Article 17(2) GDPR).
- Inform each recipient to whom the data have been disclosed of the erasure, and tell us who they
  are (Article 19 GDPR).
- Confirm the erasure to us in writing.

Under Article 12(3) GDPR you must inform us of the action taken without undue delay and in any
event within one month of receipt of this request.
@if due
For this request that period ends on {due}.
@end
If you do not erase the data, in whole or in part, for example because you rely on an exception
in Article 17(3) GDPR, you must inform us within that period of the reasons and of the
possibility of lodging a complaint with a supervisory authority (Article 12(4) GDPR).

By the enclosed mandate {participant} authorises {organisation} to receive your answer on
{participant}'s behalf. Please send it to us, quoting our reference.
@if organisationEmail
Our e-mail address is {organisationEmail}.
@end

@closing Yours faithfully,
@enclosure Mandate signed by {participant}
@if representative
@cc {representative}, representative in the Union (Article 27 GDPR)
@end
