# The mandate (docs/law/mandate.md): principal, agent, scope, sub-delegation, duration, revocation, age.
@subject Mandate for requests under the General Data Protection Regulation

I, the undersigned (the principal), authorise {organisation} (the agent) to act on my behalf
towards {controller} as set out below.

@heading 1. Principal
@field Name | {participant}
@if birthDate
@field Date of birth | {birthDate}
@end
@if address
@field Address | {address}
@end
@field Country of residence | {residence}
@if email
@field E-mail address | {email}
@end
@if phone
@field Telephone number | {phone}
@end
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
@field Statutory objectives | {objectives}
@end

@heading 3. Scope
This mandate concerns {controller}. It authorises the agent:
- to request access to my personal data under Article 15 GDPR, including a copy of the data
  (Article 15(3) GDPR);
- where I so instruct, to exercise on my behalf my rights to rectification (Article 16), erasure
  (Article 17), restriction of processing (Article 18), data portability (Article 20) and to
  object (Article 21);
- to receive the answer and my personal data on my behalf;
- to follow up such requests, including by lodging a complaint with a supervisory authority
  (Article 77), bringing proceedings against a supervisory authority or the controller
  (Articles 78 and 79) and claiming compensation (Article 82).

@heading 4. Sub-delegation
@if subDelegation
The agent may delegate this mandate, in whole or in part, to a lawyer or another representative
bound by confidentiality, who then acts on the same terms.
@else
The agent may not delegate this mandate to anyone else.
@end

@heading 5. Duration, revocation and declaration
@if validUntil
This mandate is valid from the day it is signed until {validUntil}, unless I revoke it earlier.
@else
This mandate is valid from the day it is signed until I revoke it.
@end
I may revoke it at any time by telling the agent.
@if organisationEmail
An e-mail to {organisationEmail} is sufficient.
@end
A revocation does not affect what the agent did before receiving it. I declare that I am at
least 18 years old and that the details above are correct.
@if bilingual
This mandate is drawn up in two languages; both versions have the same content.
@end
