# De volmacht (docs/law/mandate.md): volmachtgever, gevolmachtigde, omvang, ondervolmacht, duur, herroeping.
@subject Volmacht voor verzoeken op grond van de Algemene verordening gegevensbescherming

Ik, ondergetekende (de volmachtgever), machtig {organisation} (de gevolmachtigde) om namens mij op
te treden tegenover {controller}, zoals hieronder beschreven.

@heading 1. Volmachtgever
@field Naam | {participant}
@if birthDate
@field Geboortedatum | {birthDate}
@end
@if address
@field Adres | {address}
@end
@field Woonland | {residence}
@if email
@field E-mailadres | {email}
@end
@if phone
@field Telefoonnummer | {phone}
@end
@each accounts
@field {label} (account) | {value}
@end

@heading 2. Gevolmachtigde
@field Naam | {organisation}
@if legalForm
@field Rechtsvorm | {legalForm}
@end
@if registration
@field Inschrijvingsnummer | {registration}
@end
@if organisationAddress
@field Adres | {organisationAddress}
@end
@if organisationEmail
@field E-mailadres | {organisationEmail}
@end
@if objectives
@field Statutaire doelstelling | {objectives}
@end

@heading 3. Omvang
Deze volmacht betreft {controller}. Zij machtigt de gevolmachtigde:
- om op grond van artikel 15 AVG inzage te vragen in mijn persoonsgegevens, met inbegrip van een
  kopie van de gegevens (artikel 15 lid 3 AVG);
- om, als ik daartoe opdracht geef, namens mij mijn rechten uit te oefenen op rectificatie
  (artikel 16), wissing (artikel 17), beperking van de verwerking (artikel 18),
  overdraagbaarheid van gegevens (artikel 20) en bezwaar (artikel 21);
- om het antwoord en mijn persoonsgegevens namens mij in ontvangst te nemen;
- om aan zulke verzoeken gevolg te geven, onder meer door een klacht in te dienen bij een
  toezichthoudende autoriteit (artikel 77), een procedure te voeren tegen een toezichthoudende
  autoriteit of de verwerkingsverantwoordelijke (artikelen 78 en 79) en schadevergoeding te
  vorderen (artikel 82).

@heading 4. Ondervolmacht
@if subDelegation
De gevolmachtigde mag deze volmacht geheel of gedeeltelijk overdragen aan een advocaat of een
andere vertegenwoordiger met een geheimhoudingsplicht, die dan onder dezelfde voorwaarden optreedt.
@else
De gevolmachtigde mag deze volmacht niet aan een ander overdragen.
@end

@heading 5. Duur, herroeping en verklaring
@if validUntil
Deze volmacht geldt vanaf de dag van ondertekening tot en met {validUntil}, tenzij ik haar eerder
herroep.
@else
Deze volmacht geldt vanaf de dag van ondertekening totdat ik haar herroep.
@end
Ik kan haar op elk moment herroepen door dat aan de gevolmachtigde te laten weten.
@if organisationEmail
Een e-mail aan {organisationEmail} is voldoende.
@end
Een herroeping laat onverlet wat de gevolmachtigde deed voordat hij haar ontving. Ik verklaar dat
ik ten minste 18 jaar oud ben en dat de bovenstaande gegevens juist zijn.
@if bilingual
Deze volmacht is in twee talen opgesteld; beide versies hebben dezelfde inhoud.
@end
