# Klacht bij de toezichthoudende autoriteit van de woonplaats van de deelnemer (artikel 77 AVG).
@subject Klacht op grond van artikel 77 AVG: inzageverzoek niet volledig beantwoord
@salutation Geachte heer, mevrouw,

Namens {participant}, woonachtig in {residence}, dient {organisation} op grond van artikel 77 van
de Algemene verordening gegevensbescherming (AVG) een klacht in tegen {controller}. De klacht
betreft een inzageverzoek op grond van artikel 15 AVG. Wij handelen krachtens de bijgevoegde
volmacht, ondertekend door {participant}.

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
één-loketmechanisme van artikel 56 AVG is daarom niet van toepassing. Als toezichthoudende
autoriteit van de lidstaat waar {participant} gewoonlijk verblijft, bent u bevoegd deze klacht te
behandelen (artikel 55 lid 1 en artikel 77 lid 1 AVG).
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

@if answerNone
Er is geen antwoord van de verwerkingsverantwoordelijke bekend: de termijn van artikel 12 lid 3
AVG is verstreken zonder dat de verwerkingsverantwoordelijke de informatie en de kopie heeft
verstrekt waarop {participant} op grond van artikel 15 AVG recht heeft.
@end
@if answerIncomplete
De verwerkingsverantwoordelijke heeft op {answeredOn} geantwoord, maar het antwoord is
onvolledig.
@end
@if answerRefused
De verwerkingsverantwoordelijke heeft het verzoek op {answeredOn} geweigerd.
@end
@if answerNoData
De verwerkingsverantwoordelijke heeft op {answeredOn} verklaard geen persoonsgegevens van
{participant} te verwerken.
@end
@if answerProcessor
De verwerkingsverantwoordelijke heeft op {answeredOn} verklaard uitsluitend als verwerker op te
treden, zonder de verwerkingsverantwoordelijken te noemen voor wie zij de gegevens verwerkt.
@end
@if !answerNone
@if missing
De verwerkingsverantwoordelijke heeft het volgende, waarop {participant} op grond van artikel 15
AVG recht heeft, niet verstrekt:
@each missing
- {provision}: {name}.
@end
@else
@if answerUnclassified
De verwerkingsverantwoordelijke heeft het verzoek niet volledig beantwoord.
@end
@end
@end

@heading Ons verzoek aan u
Wij verzoeken u deze klacht te behandelen, in passende mate te onderzoeken en uw bevoegdheden op
grond van artikel 58 lid 2 AVG te gebruiken, in het bijzonder door de verwerkingsverantwoordelijke
te gelasten aan het verzoek te voldoen (artikel 58 lid 2 onder c AVG). Wij vragen u ons te
informeren over de voortgang en de uitkomst van de klacht (artikel 77 lid 2 AVG), en in elk geval
binnen drie maanden (artikel 78 lid 2 AVG).
@if leadAuthority
Omdat de verwerkingsverantwoordelijke haar hoofdvestiging in een andere lidstaat heeft, vragen wij
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
