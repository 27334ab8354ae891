# Access request under Article 15 GDPR, sent by the organisation under the participant's mandate.
@subject Request for access to personal data (Article 15 GDPR)
@salutation Dear Sir or Madam,

{organisation} acts on behalf of {participant}. On {participant}'s behalf we ask you, under
Article 15 of the General Data Protection Regulation (GDPR), for access to the personal data
that you process concerning this person. We act under the enclosed mandate signed by
{participant}.

@heading The person concerned
Please use the following details to find the personal data concerned:
@each identifiers
@field {label} | {value}
@end

@heading What we ask for
We ask you to provide us with:
@each items
- {provision}: {name}.
@end

Please provide the copy (Article 15(3) GDPR) in a commonly used electronic form that can be
downloaded and kept, not only viewed online. The copy must be a faithful and intelligible
reproduction of the personal data themselves, not a summary of them (CJEU C-487/21,
Österreichische Datenschutzbehörde, 4 May 2023).
@if electronic
As this request is made by electronic means, please answer by electronic means as well (Article
15(3) GDPR).
@end
The first copy is free of charge, and no reasons are needed for a request for access (Article
12(5) and Article 15(3) GDPR; CJEU C-307/22, FT v DW, 26 October 2023).

@heading Deadline
Under Article 12(3) GDPR you must answer without undue delay and in any event within one month
of receipt of this request.
@if due
For this request that period ends on {due}.
@end
The period may be extended by two further months only where necessary, taking into account the
complexity and number of requests; you must then inform us of the extension and the reasons for
it within the first month. If you do not intend to comply, you must inform us within one month of
the reasons and of the possibility of lodging a complaint with a supervisory authority and seeking
a judicial remedy (Article 12(4) GDPR). You may ask for additional information to confirm identity only where you have
reasonable doubts about it (Article 12(6) GDPR).

@heading Mandate and where to send your answer
By the enclosed mandate {participant} authorises {organisation} to make this request and to
receive your answer and the personal data on {participant}'s behalf. Please send your answer and
the data to us, quoting our reference.
@if organisationEmail
Our e-mail address is {organisationEmail}.
@end

@closing Yours faithfully,
@enclosure Mandate signed by {participant}
@if representative
@cc {representative}, representative in the Union (Article 27 GDPR)
@end
