# Herinnering nadat de termijn van art. 12 lid 3 AVG zonder volledig antwoord is verstreken, of
# vervolgbrief op een antwoord dat het verzoek niet beantwoordt (uitsluitend verwerker).
@subject Herinnering: verzoek om inzage in persoonsgegevens (art. 15 AVG)
@salutation Geachte heer, mevrouw,

Namens {participant} heeft {organisation} u op grond van artikel 15 van de Algemene verordening
gegevensbescherming (AVG) om inzage in persoonsgegevens verzocht.
@if submitted
@if proof
Wij hebben ons verzoek op {submitted} verstuurd (bewijs van verzending: {proof}).
@else
Wij hebben ons verzoek op {submitted} verstuurd.
@end
@else
@if proof
Het bewijs van verzending van ons verzoek is: {proof}.
@end
@end
@if received
Ons verzoek heeft u op {received} bereikt.
@end
@if due
@if overdue
De termijn voor uw antwoord op grond van art. 12 lid 3 AVG is op {due} verstreken.
@else
De termijn voor uw antwoord op grond van art. 12 lid 3 AVG eindigt op {due}.
@end
@end
@if lateExtension
Uw bericht dat u de termijn verlengt, heeft ons op {extensionNotified} bereikt, na het einde van de
eerste maand op {oneMonth}. Een verlenging moet binnen een maand na ontvangst van het verzoek
worden meegedeeld (art. 12 lid 3 AVG); deze verlenging is daarom niet geldig en verlengt de
termijn niet.
@end

@if processorClaimed
Op {processorClaimed} hebt u geantwoord dat u uitsluitend als verwerker optreedt. Dat antwoord
beantwoordt ons verzoek niet. Een verwerker staat de verwerkingsverantwoordelijke bij in het
beantwoorden van verzoeken van betrokkenen (art. 28 lid 3 onder e AVG), en {participant} kan het
recht op inzage uitoefenen tegenover de verwerkingsverantwoordelijke (art. 15 AVG). Wij verzoeken
u daarom:
- ons mee te delen voor welke verwerkingsverantwoordelijken u persoonsgegevens van {participant}
  verwerkt, met hun naam en contactgegevens;
- ons verzoek zonder verder uitstel aan die verwerkingsverantwoordelijken door te sturen;
- te bevestigen of u persoonsgegevens van {participant} ook voor eigen doeleinden verwerkt; voor
  die verwerking bent u zelf verwerkingsverantwoordelijke en verzoeken wij u het volledige
  antwoord op grond van art. 15 AVG te verstrekken.
@else
@if missing
Wij hebben het volgende, waarop {participant} op grond van art. 15 AVG recht heeft, nog niet
ontvangen:
@each missing
- {provision}: {name}.
@end
@else
Wij hebben nog geen volledig antwoord op ons verzoek ontvangen.
@end
@end

@if events
Ter herinnering wat er tot nu toe is gebeurd:
@each events
@field {date} | {text}
@end
@end

@if !processorClaimed
Wij verzoeken u het volledige antwoord nu zonder verder uitstel te verstrekken, met de kopie in
een gangbare elektronische vorm die kan worden gedownload (art. 15 lid 3 AVG), en het te sturen
aan {organisation}, die op grond van de bijgevoegde volmacht gemachtigd is het namens
{participant} te ontvangen.
@end
@if finalDate
Wij verzoeken u ons uiterlijk op {finalDate} te antwoorden. Hebben wij op die dag geen volledig
antwoord ontvangen, dan zullen wij een klacht indienen bij de bevoegde toezichthoudende autoriteit
(art. 77 AVG).
@else
Als wij geen volledig antwoord ontvangen, zullen wij een klacht indienen bij de bevoegde
toezichthoudende autoriteit (art. 77 AVG).
@end

@closing Hoogachtend,
@enclosure Kopie van de volmacht, ondertekend door {participant}
@enclosure Kopie van ons inzageverzoek
@if representative
@cc {representative}, vertegenwoordiger in de Unie (art. 27 AVG)
@end
