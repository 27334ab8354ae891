# Klacht bij de toezichthoudende autoriteit van de woonplaats van de deelnemer (artikel 77 AVG).
@subject Klacht op grond van artikel 77 AVG: inzageverzoek niet volledig beantwoord
@salutation Geachte heer, mevrouw,

Namens {participant}, woonachtig in {residence}, dient {organisation} op grond van artikel 77 van
de Algemene verordening gegevensbescherming (AVG) een klacht in tegen {controller}. De klacht
betreft een inzageverzoek op grond van artikel 15 AVG dat de verwerkingsverantwoordelijke niet
volledig heeft beantwoord. Wij handelen krachtens de bijgevoegde volmacht, ondertekend door
{participant}.

@heading De verwerkingsverantwoordelijke
@field Verwerkingsverantwoordelijke | {controller}
@if leadAuthority
@field Leidende toezichthoudende autoriteit | {leadAuthority} ({leadCountry})
@end

@heading De feiten
@if received
@field Verzoek ontvangen door de verwerkingsverantwoordelijke | {received}
@end
@if due
@field Einde van de termijn (art. 12 lid 3 AVG) | {due}
@end
@each events
@field {date} | {text}
@end

@if missing
De verwerkingsverantwoordelijke heeft het volgende, waarop {participant} op grond van artikel 15
AVG recht heeft, niet verstrekt:
@each missing
- {provision}: {name}.
@end
@else
De verwerkingsverantwoordelijke heeft het verzoek niet volledig beantwoord.
@end

@heading Ons verzoek aan u
Wij verzoeken u deze klacht te behandelen, in passende mate te onderzoeken en uw bevoegdheden op
grond van artikel 58 lid 2 AVG te gebruiken, in het bijzonder door de verwerkingsverantwoordelijke
te gelasten aan het verzoek te voldoen (artikel 58 lid 2 onder c AVG). Wij vragen u ons te
informeren over de voortgang en de uitkomst van de klacht (artikel 77 lid 2 AVG), en in elk geval
binnen drie maanden (artikel 78 lid 2 AVG).
@if leadAuthority
Omdat de verwerkingsverantwoordelijke zijn hoofdvestiging in een andere lidstaat heeft, vragen wij
u samen te werken met de leidende toezichthoudende autoriteit zoals bepaald in de artikelen 56 en
60 AVG, en ons aanspreekpunt te blijven.
@end

Wilt u uw correspondentie over deze klacht sturen aan {organisation}, onder vermelding van ons
kenmerk?

@closing Hoogachtend,
@enclosure Volmacht, ondertekend door {participant}
@enclosure Kopie van het inzageverzoek
@if events
@enclosure Correspondentie met de verwerkingsverantwoordelijke
@end
