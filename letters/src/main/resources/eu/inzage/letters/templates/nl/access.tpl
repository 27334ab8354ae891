# Inzageverzoek op grond van artikel 15 AVG, verstuurd door de organisatie krachtens volmacht.
@subject Verzoek om inzage in persoonsgegevens (artikel 15 AVG)
@salutation Geachte heer, mevrouw,

{organisation} treedt op namens {participant}. Namens {participant} verzoeken wij u, op grond
van artikel 15 van de Algemene verordening gegevensbescherming (AVG), om inzage in de
persoonsgegevens die u over deze persoon verwerkt. Wij handelen krachtens de bijgevoegde
volmacht, ondertekend door {participant}.

@heading De betrokkene
Gebruikt u alstublieft de volgende gegevens om de betreffende persoonsgegevens te vinden:
@each identifiers
@field {label} | {value}
@end

@heading Waar wij om vragen
Wij verzoeken u ons te verstrekken:
@each items
- {provision}: {name}.
@end

Verstrekt u de kopie (artikel 15 lid 3 AVG) alstublieft in een gangbare elektronische vorm die
kan worden gedownload en bewaard, en dus niet alleen online kan worden bekeken. De kopie moet een
getrouwe en begrijpelijke weergave van de persoonsgegevens zelf zijn, geen samenvatting ervan
(HvJ EU C-487/21, Österreichische Datenschutzbehörde, 4 mei 2023).
@if electronic
Omdat dit verzoek langs elektronische weg wordt gedaan, vragen wij u ook langs elektronische weg
te antwoorden (artikel 15 lid 3 AVG).
@end
De eerste kopie is kosteloos en voor een inzageverzoek hoeven geen redenen te worden gegeven
(artikel 12 lid 5 en artikel 15 lid 3 AVG; HvJ EU C-307/22, FT tegen DW, 26 oktober 2023).

@heading Termijn
Op grond van artikel 12 lid 3 AVG moet u onverwijld antwoorden en in elk geval binnen een maand
na ontvangst van dit verzoek.
@if due
Voor dit verzoek eindigt die termijn op {due}.
@end
De termijn kan alleen zo nodig, rekening houdend met de complexiteit en het aantal verzoeken, met
nog eens twee maanden worden verlengd; u moet ons dan binnen de eerste maand over de verlenging
en de redenen daarvan informeren. Als u niet op het verzoek ingaat, moet u ons binnen een maand
de redenen meedelen en wijzen op de mogelijkheid een klacht in te dienen bij een
toezichthoudende autoriteit en beroep in te stellen bij de rechter (artikel 12 lid 4 AVG). U mag alleen om aanvullende gegevens ter
bevestiging van de identiteit vragen als u gegronde redenen hebt om daaraan te twijfelen
(artikel 12 lid 6 AVG).

@heading Volmacht en adres voor uw antwoord
Met de bijgevoegde volmacht machtigt {participant} {organisation} om dit verzoek te doen en uw
antwoord en de persoonsgegevens namens {participant} in ontvangst te nemen. Stuurt u uw antwoord
en de gegevens alstublieft aan ons, onder vermelding van ons kenmerk.
@if organisationEmail
Ons e-mailadres is {organisationEmail}.
@end

@closing Hoogachtend,
@enclosure Volmacht, ondertekend door {participant}
@if representative
@cc {representative}, vertegenwoordiger in de Unie (artikel 27 AVG)
@end
