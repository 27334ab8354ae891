# Verzoek om wissing (art. 17 AVG) op de ondertekende instructie van de deelnemer, verstuurd
# krachtens volmacht. Zolang de kopie van de gegevens (art. 15 lid 3 AVG) niet is ontvangen, wordt
# in plaats daarvan om beperking van de verwerking verzocht (art. 18 AVG): de gegevens zijn dan nog
# nodig voor rechtsvorderingen.
@if copyReceived
@subject Verzoek om wissing van persoonsgegevens (art. 17 AVG)
@else
@subject Verzoek om beperking van de verwerking van persoonsgegevens (art. 18 AVG)
@end
@salutation Geachte heer, mevrouw,

@if copyReceived
{organisation} treedt op namens {participant}. Op de bijgevoegde instructie van {participant} van
{erasureInstructedOn} verzoeken wij u vriendelijk, op grond van art. 17 van de Algemene
verordening gegevensbescherming (AVG), alle persoonsgegevens die u over deze persoon verwerkt
zonder onredelijke vertraging te wissen. Wij handelen krachtens de bijgevoegde volmacht,
ondertekend door {participant}, die een verzoek om wissing alleen op diens instructie toestaat.
@else
{organisation} treedt op namens {participant}. Met de bijgevoegde instructie van
{erasureInstructedOn} heeft {participant} ons opgedragen om wissing van alle persoonsgegevens te
verzoeken die u over deze persoon verwerkt (art. 17 van de Algemene verordening
gegevensbescherming, AVG). {participant} heeft de kopie van die gegevens (art. 15 lid 3 AVG) nog
niet ontvangen en heeft de gegevens nodig voor de instelling, uitoefening of onderbouwing van
rechtsvorderingen (vgl. art. 17 lid 3 onder e AVG). Daarom verzoeken wij u vriendelijk de
verwerking van deze gegevens nu te beperken (art. 18 lid 1 onder c AVG) en ze niet te wissen
voordat u de kopie hebt verstrekt. Zodra de kopie is ontvangen, zullen wij om wissing verzoeken.
Wij handelen krachtens de bijgevoegde volmacht, ondertekend door {participant}.
@end

@heading De betrokkene
Gebruikt u alstublieft de volgende gegevens om de betreffende persoonsgegevens te vinden:
@each identifiers
@field {label} | {value}
@end

@if copyReceived
@heading Gronden
{participant} beroept zich op de volgende gronden van art. 17 lid 1 AVG:
- de persoonsgegevens zijn niet langer nodig voor de doeleinden waarvoor zij zijn verzameld of
  anderszins verwerkt (art. 17 lid 1 onder a AVG);
- {participant} trekt elke toestemming in waarop de verwerking berust (art. 17 lid 1 onder b
  AVG en art. 7 lid 3 AVG);
- {participant} maakt bezwaar tegen de verwerking van persoonsgegevens voor direct marketing, met
  inbegrip van profilering die daarmee verband houdt (art. 21 lid 2 AVG); de gegevens worden dan
  niet meer voor die doeleinden verwerkt (art. 21 lid 3 AVG) en moeten worden gewist (art. 17
  lid 1 onder c AVG);
@if objectionGrounds
- {participant} maakt daarnaast bezwaar tegen de verwerking op grond van art. 21 lid 1 AVG, om
  redenen die verband houden met diens specifieke situatie: {objectionGrounds}. Tenzij u
  dwingende gerechtvaardigde gronden aantoont die zwaarder wegen, moeten de gegevens worden
  gewist (art. 17 lid 1 onder c AVG);
@end
- voor zover de verwerking onrechtmatig was, moeten de gegevens ook daarom worden gewist
  (art. 17 lid 1 onder d AVG).

@heading Ons verzoek
Wij verzoeken u vriendelijk:
- de persoonsgegevens te wissen, ook de kopieën bij verwerkers die voor u werken;
- als u de gegevens openbaar hebt gemaakt, redelijke maatregelen te nemen om andere
  verwerkingsverantwoordelijken die ze verwerken over dit verzoek te informeren (art. 17 lid 2
  AVG);
- iedere ontvanger aan wie de gegevens zijn verstrekt in kennis te stellen van de wissing, en ons
  te laten weten wie dat zijn (art. 19 AVG);
- de wissing schriftelijk aan ons te bevestigen.
@else
@heading Bezwaar
{participant} maakt bezwaar tegen de verwerking van persoonsgegevens voor direct marketing, met
inbegrip van profilering die daarmee verband houdt (art. 21 lid 2 AVG); de gegevens worden dan
niet meer voor die doeleinden verwerkt (art. 21 lid 3 AVG).
@if objectionGrounds
{participant} maakt daarnaast bezwaar tegen de verwerking op grond van art. 21 lid 1 AVG, om
redenen die verband houden met diens specifieke situatie: {objectionGrounds}. Zolang niet is
vastgesteld of uw gerechtvaardigde gronden zwaarder wegen, is de verwerking ook daarom te beperken
(art. 18 lid 1 onder d AVG).
@end

@heading Ons verzoek
Wij verzoeken u vriendelijk:
- de verwerking van de persoonsgegevens te beperken, zodat zij, behalve voor opslag, alleen nog
  worden verwerkt met toestemming van {participant} of voor rechtsvorderingen (art. 18 lid 2 AVG);
- de gegevens niet te wissen voordat u de kopie hebt verstrekt;
- iedere ontvanger aan wie de gegevens zijn verstrekt in kennis te stellen van de beperking, en
  ons te laten weten wie dat zijn (art. 19 AVG);
- ons te informeren voordat u de beperking opheft (art. 18 lid 3 AVG).
@end

Op grond van art. 12 lid 3 AVG informeert u ons onverwijld en in elk geval binnen een maand na
ontvangst van dit verzoek over het gevolg dat u eraan hebt gegeven.
@if due
Voor dit verzoek eindigt die termijn op {due}.
@end
Als u het verzoek geheel of gedeeltelijk niet inwilligt, bijvoorbeeld omdat u zich beroept op een
uitzondering van art. 17 lid 3 AVG, deelt u ons binnen die termijn de redenen mee en wijst u ons
op de mogelijkheid een klacht in te dienen bij een toezichthoudende autoriteit en beroep in te
stellen bij de rechter (art. 12 lid 4 AVG).

Met de bijgevoegde volmacht machtigt {participant} {organisation} om uw antwoord namens
{participant} te ontvangen. Stuurt u het alstublieft aan ons, onder vermelding van ons kenmerk.
@if organisationEmail
Ons e-mailadres is {organisationEmail}.
@end

@closing Hoogachtend,
@enclosure Volmacht, ondertekend door {participant}
@enclosure Instructie tot wissing, ondertekend door {participant} op {erasureInstructedOn}
@if representative
@cc {representative}, vertegenwoordiger in de Unie (art. 27 AVG)
@end
