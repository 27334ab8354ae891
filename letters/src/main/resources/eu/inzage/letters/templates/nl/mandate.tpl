# De volmacht (docs/law/mandate.md): volmachtgever, gevolmachtigde, omvang, ondervolmacht, duur, herroeping, recht.
@subject Volmacht voor verzoeken op grond van de Algemene verordening gegevensbescherming

Ik, ondergetekende (de volmachtgever), machtig {organisation} (de gevolmachtigde) om namens mij op
te treden tegenover {controller} en de met haar verbonden ondernemingen die als (gezamenlijke)
verwerkingsverantwoordelijke optreden, zoals hieronder beschreven.

@heading 1. Volmachtgever
@field Naam | {participant}
@field Woonland | {residence}
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
@if objectivesNote
@field Statutaire doelstelling | {objectives} {objectivesNote}
@else
@field Statutaire doelstelling | {objectives}
@end
@end

@heading 3. Omvang
Deze volmacht betreft {controller} en de met haar verbonden ondernemingen die als (gezamenlijke)
verwerkingsverantwoordelijke optreden. Zij machtigt de gevolmachtigde:
- om op grond van art. 15 AVG inzage te vragen in mijn persoonsgegevens, met inbegrip van een
  kopie van de gegevens (art. 15 lid 3 AVG);
- om, als ik daartoe opdracht geef, namens mij mijn rechten uit te oefenen op rectificatie
  (art. 16 AVG), wissing (art. 17 AVG), beperking van de verwerking (art. 18 AVG),
  overdraagbaarheid van gegevens (art. 20 AVG) en bezwaar (art. 21 AVG);
- om vragen van de verwerkingsverantwoordelijke ter verificatie van mijn identiteit te beantwoorden
  en daartoe zo nodig een identiteitsbewijs te verstrekken (art. 12 lid 6 AVG);
- om het antwoord en mijn persoonsgegevens namens mij in ontvangst te nemen;
@if complaint
- om namens mij een klacht in te dienen bij een toezichthoudende autoriteit (art. 77 AVG); voor
  die klacht geef ik de gevolmachtigde opdracht in de zin van art. 80 lid 1 AVG;
@end
@if proceedings
- om namens mij een procedure te voeren tegen een toezichthoudende autoriteit of de
  verwerkingsverantwoordelijke (art. 78 en 79 AVG);
@end
@if compensation
- om namens mij schadevergoeding te vorderen (art. 82 AVG);
@end
- om deze verzoeken op te volgen, onder meer met herinneringen aan de
  verwerkingsverantwoordelijke.

Ik aanvaard dat een verwerkingsverantwoordelijke mijn gegevens ook rechtstreeks aan mij mag
verstrekken.

@heading 4. Ondervolmacht
@if subDelegation
De gevolmachtigde mag ondervolmacht verlenen aan een advocaat of een andere vertegenwoordiger met
een geheimhoudingsplicht, voor deze volmacht geheel of gedeeltelijk; die treedt dan onder dezelfde
voorwaarden op.
@else
De gevolmachtigde mag geen ondervolmacht verlenen.
@end

@heading 5. Duur, herroeping en verklaring
@if defaultTerm
@if validUntil
Deze volmacht geldt twee jaar vanaf de dag van ondertekening, dus tot en met {validUntil}, tenzij
ik haar eerder herroep.
@else
Deze volmacht geldt twee jaar vanaf de dag van ondertekening, tenzij ik haar eerder herroep.
@end
@else
Deze volmacht geldt vanaf de dag van ondertekening tot en met {validUntil}, tenzij ik haar eerder
herroep.
@end
Ik kan haar op elk moment herroepen door dat aan de gevolmachtigde te laten weten.
@if organisationEmail
Een e-mail aan {organisationEmail} is voldoende.
@end
Een herroeping laat onverlet wat de gevolmachtigde deed voordat hij haar ontving. Ik verklaar dat
ik ten minste 18 jaar oud ben en dat de bovenstaande gegevens juist zijn.

@heading 6. Toepasselijk recht
@if lawCitation
Op deze volmacht is {law} van toepassing ({lawCitation}).
@else
Op deze volmacht is {law} van toepassing.
@end
@if bilingual
Deze volmacht is in twee talen opgesteld; beide versies hebben dezelfde inhoud.
@end
