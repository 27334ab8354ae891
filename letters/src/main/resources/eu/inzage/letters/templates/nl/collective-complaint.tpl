# Collectieve klacht op grond van artikel 80 lid 1 met artikel 77 AVG, over één
# verwerkingsverantwoordelijke, bij één toezichthoudende autoriteit: de deelnemers die wonen waar
# die autoriteit bevoegd is.
@subject Collectieve klacht op grond van de artikelen 77 en 80 lid 1 AVG: inzageverzoeken niet volledig beantwoord
@salutation Geachte heer, mevrouw,

{organisation} dient op grond van artikel 77 van de Algemene verordening gegevensbescherming (AVG)
een klacht in tegen {controller}, namens {count} betrokkenen die ons daartoe op grond van artikel
80 lid 1 AVG hebben gemachtigd. Ieder van hen heeft via ons een inzageverzoek op grond van
artikel 15 AVG gedaan, en voor ieder van hen is de termijn van artikel 12 lid 3 AVG verstreken.
De bijlage vermeldt per deelnemer wat de verwerkingsverantwoordelijke volgens onze administratie
heeft geantwoord.
@if several
Deze klacht wordt in {volumes} delen verzonden; dit is deel {volume}, met de deelnemers {first}
tot en met {last}.
@end

@heading De klager
{organisation} is een orgaan zonder winstoogmerk
@if legalForm
({legalForm})
@end
@if constitutedUnder
dat op geldige wijze is opgericht naar {constitutedUnder}, statutaire doelstellingen van algemeen
belang heeft en actief is op het gebied van de bescherming van de rechten en vrijheden van
betrokkenen in verband met de bescherming van hun persoonsgegevens (artikel 80 lid 1 AVG). De
statuten en een uittreksel uit het register zijn bijgevoegd.
@else
dat op geldige wijze is opgericht naar het recht van een lidstaat, statutaire doelstellingen van
algemeen belang heeft en actief is op het gebied van de bescherming van de rechten en vrijheden
van betrokkenen in verband met de bescherming van hun persoonsgegevens (artikel 80 lid 1 AVG). De
statuten en een uittreksel uit het register zijn bijgevoegd.
@end
@if objectives
@field Statutaire doelstellingen | {objectives}
@end
@if registration
@field Inschrijvingsnummer | {registration}
@end

@heading De verwerkingsverantwoordelijke
@field Verwerkingsverantwoordelijke | {controller}
@if leadAuthority
@field Leidende toezichthoudende autoriteit | {leadAuthority} ({leadCountry})
@end
@if noOneStopShop
@if representative
@field Vertegenwoordiger in de Unie (art. 27 AVG) | {representative}
@if representativeAddress
@field Adres van de vertegenwoordiger | {representativeAddress}
@end
@else
@field Vertegenwoordiger in de Unie (art. 27 AVG) | geen vertegenwoordiger bekend
@end
@end

@if noOneStopShop
@heading Uw bevoegdheid
De verwerkingsverantwoordelijke heeft geen hoofdvestiging in de Unie; het
één-loketmechanisme van artikel 56 AVG is daarom niet van toepassing. Deze klacht betreft
uitsluitend deelnemers die gewoonlijk verblijven waar u de toezichthoudende autoriteit bent; u
bent dus bevoegd haar te behandelen (artikel 55 lid 1 en artikel 77 lid 1 AVG).
@end

@heading De feiten
De bijlage vermeldt voor iedere deelnemer in dit deel de dag waarop het verzoek de
verwerkingsverantwoordelijke bereikte, het einde van de termijn van artikel 12 lid 3 AVG, hoeveel
dagen sindsdien zijn verstreken, en het antwoord van de verwerkingsverantwoordelijke zoals
vastgelegd: geen antwoord, een onvolledig antwoord met de ontbrekende onderdelen van artikel 15
AVG, een weigering of een ander antwoord.
@if anyLate
Voor {late} van de {inVolume} deelnemers in dit deel is de termijn verstreken zonder volledig
antwoord.
@end
De volmachten van de deelnemers volgen na de bijlage, in dezelfde volgorde.

@heading Ons verzoek aan u
Wij verzoeken u deze klacht te behandelen, haar in passende mate te onderzoeken en uw
bevoegdheden op grond van artikel 58 lid 2 AVG te gebruiken, in het bijzonder door de
verwerkingsverantwoordelijke te gelasten aan de verzoeken van de deelnemers te voldoen (artikel 58
lid 2 onder c AVG). Wij verzoeken u ons op de hoogte te houden van de voortgang en de uitkomst van
de klacht (artikel 77 lid 2 AVG), en in ieder geval binnen drie maanden (artikel 78 lid 2 AVG).
@if leadAuthority
Omdat de verwerkingsverantwoordelijke haar hoofdvestiging in een andere lidstaat heeft, verzoeken
wij u samen te werken met de leidende toezichthoudende autoriteit zoals de artikelen 56 en 60 AVG
voorschrijven, en ons aanspreekpunt te blijven.
@end

Wij verzoeken u uw correspondentie over deze klacht aan {organisation} te richten, onder
vermelding van ons kenmerk.

@closing Hoogachtend,
@enclosure Bijlage: de deelnemers {first} tot en met {last} en hun bevindingen
@enclosure De volmachten van deze {inVolume} deelnemers
@enclosure {statutes}
@enclosure {registryExtract}
