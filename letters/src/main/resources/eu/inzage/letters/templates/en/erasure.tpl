# Request for erasure (Article 17 GDPR) on the participant's signed instruction, sent under the
# mandate. Until the copy of the data (Article 15(3) GDPR) has arrived it asks for restriction of
# processing instead (Article 18 GDPR): the data are still needed for legal claims.
@if copyReceived
@subject Request for erasure of personal data (Article 17 GDPR)
@else
@subject Request for restriction of processing of personal data (Article 18 GDPR)
@end
@salutation Dear Sir or Madam,

@if copyReceived
{organisation} acts on behalf of {participant}. On {participant}'s enclosed instruction of
{erasureInstructedOn} we kindly ask you, under Article 17 of the General Data Protection
Regulation (GDPR), to erase without undue delay all personal data that you process concerning
this person. We act under the enclosed mandate signed by {participant}, which allows a request for
erasure only on {participant}'s instruction.
@else
{organisation} acts on behalf of {participant}. By the enclosed instruction of
{erasureInstructedOn}, {participant} has instructed us to request the erasure of all personal
data that you process concerning this person (Article 17 of the General Data Protection
Regulation, GDPR). {participant} has not yet received the copy of those data (Article 15(3) GDPR)
and needs the data for the establishment, exercise or defence of legal claims (compare Article
17(3)(e) GDPR). We therefore kindly ask you to restrict the processing of these data now (Article
18(1)(c) GDPR) and not to erase them before you have provided the copy. Once the copy has arrived
we will request erasure. We act under the enclosed mandate signed by {participant}.
@end

@heading The person concerned
Please use the following details to find the personal data concerned:
@each identifiers
@field {label} | {value}
@end

@if copyReceived
@heading Grounds
{participant} relies on the following grounds of Article 17(1) GDPR:
- the personal data are no longer necessary for the purposes for which they were collected or
  otherwise processed (Article 17(1)(a) GDPR);
- {participant} withdraws any consent on which the processing is based (Article 17(1)(b) GDPR
  and Article 7(3) GDPR);
- {participant} objects to the processing of personal data for direct marketing, including
  profiling related to it (Article 21(2) GDPR); the data are then no longer processed for such
  purposes (Article 21(3) GDPR) and must be erased (Article 17(1)(c) GDPR);
@if objectionGrounds
- {participant} also objects to the processing under Article 21(1) GDPR, on grounds relating to
  {participant}'s particular situation: {objectionGrounds}. Unless you demonstrate compelling
  legitimate grounds that override them, the data must be erased (Article 17(1)(c) GDPR);
@end
- where the processing was unlawful, the data must be erased for that reason as well (Article
  17(1)(d) GDPR).

@heading Our request
We kindly ask you:
- to erase the personal data, including copies held by processors acting for you;
- where you have made the data public, to take reasonable steps to inform other controllers that
  process them of this request (Article 17(2) GDPR);
- to inform each recipient to whom the data have been disclosed of the erasure, and to tell us
  who they are (Article 19 GDPR);
- to confirm the erasure to us in writing.
@else
@heading Objection
{participant} objects to the processing of personal data for direct marketing, including
profiling related to it (Article 21(2) GDPR); the data are then no longer processed for such
purposes (Article 21(3) GDPR).
@if objectionGrounds
{participant} also objects to the processing under Article 21(1) GDPR, on grounds relating to
{participant}'s particular situation: {objectionGrounds}. Pending the verification whether your
legitimate grounds override them, the processing is to be restricted for that reason as well
(Article 18(1)(d) GDPR).
@end

@heading Our request
We kindly ask you:
- to restrict the processing of the personal data, so that, with the exception of storage, they
  are processed only with {participant}'s consent or for legal claims (Article 18(2) GDPR);
- not to erase the data before you have provided the copy;
- to inform each recipient to whom the data have been disclosed of the restriction, and to tell
  us who they are (Article 19 GDPR);
- to inform us before the restriction is lifted (Article 18(3) GDPR).
@end

Under Article 12(3) GDPR you inform us of the action taken without undue delay and in any event
within one month of receipt of this request.
@if due
For this request that period ends on {due}.
@end
If you do not act on the request, in whole or in part, for example because you rely on an
exception in Article 17(3) GDPR, please inform us within that period of the reasons and of the
possibility of lodging a complaint with a supervisory authority and seeking a judicial remedy
(Article 12(4) GDPR).

By the enclosed mandate {participant} authorises {organisation} to receive your answer on
{participant}'s behalf. Please send it to us, quoting our reference.
@if organisationEmail
Our e-mail address is {organisationEmail}.
@end

@closing Yours faithfully,
@enclosure Mandate signed by {participant}
@enclosure Erasure instruction signed by {participant} on {erasureInstructedOn}
@if representative
@cc {representative}, representative in the Union (Article 27 GDPR)
@end
