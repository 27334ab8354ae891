# Verzoek om wissing op grond van artikel 17 AVG, verstuurd krachtens volmacht.
@subject Verzoek om wissing van persoonsgegevens (artikel 17 AVG)
@salutation Geachte heer, mevrouw,

{organisation} treedt op namens {participant}. Namens {participant} verzoeken wij u, op grond
van artikel 17 van de Algemene verordening gegevensbescherming (AVG), alle persoonsgegevens die u
over deze persoon verwerkt zonder onredelijke vertraging te wissen. Wij handelen krachtens de
bijgevoegde volmacht, ondertekend door {participant}.

@heading De betrokkene
Gebruikt u alstublieft de volgende gegevens om de betreffende persoonsgegevens te vinden:
@each identifiers
@field {label} | {value}
@end

@heading Gronden
{participant} beroept zich op de volgende gronden van artikel 17 lid 1 AVG:
- de persoonsgegevens zijn niet langer nodig voor de doeleinden waarvoor zij zijn verzameld of
  anderszins verwerkt (onder a);
- {participant} trekt elke toestemming in waarop de verwerking berust (onder b en artikel 7
  lid 3 AVG);
- {participant} maakt op grond van artikel 21 AVG bezwaar tegen de verwerking, en er zijn geen
  prevalerende dwingende gerechtvaardigde gronden voor de verwerking (onder c);
- voor zover de verwerking onrechtmatig was, moeten de gegevens ook daarom worden gewist
  (onder d).

@heading Wat wij van u vragen
- Wis de persoonsgegevens, ook de kopieën bij verwerkers die voor u werken.
- Neem, als u de gegevens openbaar hebt gemaakt, redelijke maatregelen om andere
  verwerkingsverantwoordelijken die ze verwerken over dit verzoek te informeren (artikel 17 lid 2
  AVG).
- Stel iedere ontvanger aan wie de gegevens zijn verstrekt in kennis van de wissing, en laat ons
  weten wie dat zijn (artikel 19 AVG).
- Bevestig de wissing schriftelijk aan ons.

Op grond van artikel 12 lid 3 AVG moet u ons onverwijld en in elk geval binnen een maand na
ontvangst van dit verzoek informeren over het gevolg dat u eraan hebt gegeven.
@if due
Voor dit verzoek eindigt die termijn op {due}.
@end
Als u de gegevens geheel of gedeeltelijk niet wist, bijvoorbeeld omdat u zich beroept op een
uitzondering van artikel 17 lid 3 AVG, moet u ons binnen die termijn de redenen meedelen en wijzen
op de mogelijkheid een klacht in te dienen bij een toezichthoudende autoriteit (artikel 12 lid 4
AVG).

Met de bijgevoegde volmacht machtigt {participant} {organisation} om uw antwoord namens
{participant} te ontvangen. Stuurt u het alstublieft aan ons, onder vermelding van ons kenmerk.
@if organisationEmail
Ons e-mailadres is {organisationEmail}.
@end

@closing Hoogachtend,
@enclosure Volmacht, ondertekend door {participant}
@if representative
@cc {representative}, vertegenwoordiger in de Unie (artikel 27 AVG)
@end
