# The mandate (docs/law/mandate.md): principal, agent, scope, sub-delegation, duration, revocation, age, law.
@subject Mandate for requests under the General Data Protection Regulation

I, the undersigned (the principal), authorise {organisation} (the agent) to act on my behalf
towards {controller} and its affiliates acting as (joint) controllers, as set out below.

@heading 1. Principal
@field Name | {participant}
@field Country of residence | {residence}
@each accounts
@field {label} (account) | {value}
@end

@heading 2. Agent
@field Name | {organisation}
@if legalForm
@field Legal form | {legalForm}
@end
@if registration
@field Registration number | {registration}
@end
@if organisationAddress
@field Address | {organisationAddress}
@end
@if organisationEmail
@field E-mail address | {organisationEmail}
@end
@if objectives
@if objectivesNote
@field Statutory objectives | {objectives} {objectivesNote}
@else
@field Statutory objectives | {objectives}
@end
@end

@heading 3. Scope
This mandate concerns {controller} and its affiliates acting as (joint) controllers. It
authorises the agent:
- to request access to my personal data under Article 15 GDPR, including a copy of the data
  (Article 15(3) GDPR);
- where I so instruct, to exercise on my behalf my rights to rectification (Article 16 GDPR),
  erasure (Article 17 GDPR), restriction of processing (Article 18 GDPR), data portability
  (Article 20 GDPR) and to object (Article 21 GDPR);
- to answer the controller's questions to verify my identity and, where needed, to provide an
  identity document for that purpose (Article 12(6) GDPR);
- to receive the answer and my personal data on my behalf;
@if complaint
- to lodge a complaint with a supervisory authority on my behalf (Article 77 GDPR); for that
  complaint I mandate the agent within the meaning of Article 80(1) GDPR;
@end
@if proceedings
- to bring proceedings on my behalf against a supervisory authority or the controller
  (Articles 78 and 79 GDPR);
@end
@if compensation
- to claim compensation on my behalf (Article 82 GDPR);
@end
- to follow up these requests, including by sending reminders to the controller.

I accept that a controller may also provide my data to me directly.

@heading 4. Sub-delegation
@if subDelegation
The agent may grant a sub-mandate, for all or part of this mandate, to a lawyer or another
representative bound by confidentiality, who then acts on the same terms.
@else
The agent may not grant a sub-mandate.
@end

@heading 5. Duration, revocation and declaration
@if defaultTerm
@if validUntil
This mandate is valid for two years from the day it is signed, that is until {validUntil}, unless
I revoke it earlier.
@else
This mandate is valid for two years from the day it is signed, unless I revoke it earlier.
@end
@else
This mandate is valid from the day it is signed until {validUntil}, unless I revoke it earlier.
@end
I may revoke it at any time by telling the agent.
@if organisationEmail
An e-mail to {organisationEmail} is sufficient.
@end
A revocation does not affect what the agent did before receiving it. I declare that I am at
least 18 years old and that the details above are correct.

@heading 6. Governing law
@if lawCitation
This mandate is governed by {law} ({lawCitation}).
@else
This mandate is governed by {law}.
@end
@if bilingual
This mandate is drawn up in two languages; both versions have the same content.
@end
