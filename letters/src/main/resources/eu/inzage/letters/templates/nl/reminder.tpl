# Herinnering nadat de termijn van artikel 12 lid 3 AVG zonder volledig antwoord is verstreken.
@subject Herinnering: verzoek om inzage in persoonsgegevens (artikel 15 AVG)
@salutation Geachte heer, mevrouw,

Namens {participant} heeft {organisation} u op grond van artikel 15 van de Algemene verordening
gegevensbescherming (AVG) om inzage in persoonsgegevens verzocht.
@if received
Ons verzoek heeft u op {received} bereikt.
@end
@if due
@if overdue
De termijn voor uw antwoord op grond van artikel 12 lid 3 AVG is op {due} verstreken.
@else
De termijn voor uw antwoord op grond van artikel 12 lid 3 AVG eindigt op {due}.
@end
@end

@if missing
Wij hebben het volgende, waarop {participant} op grond van artikel 15 AVG recht heeft, nog niet
ontvangen:
@each missing
- {provision}: {name}.
@end
@else
Wij hebben nog geen volledig antwoord op ons verzoek ontvangen.
@end

@if events
Ter herinnering wat er tot nu toe is gebeurd:
@each events
@field {date} | {text}
@end
@end

Wij verzoeken u het volledige antwoord nu zonder verder uitstel te verstrekken, met de kopie in
een gangbare elektronische vorm die kan worden gedownload (artikel 15 lid 3 AVG), en het te
sturen aan {organisation}, die op grond van de bijgevoegde volmacht gemachtigd is het namens
{participant} te ontvangen. Als wij geen volledig antwoord ontvangen, zullen wij een klacht
indienen bij de bevoegde toezichthoudende autoriteit (artikel 77 AVG).

@closing Hoogachtend,
@enclosure Kopie van de volmacht, ondertekend door {participant}
@enclosure Kopie van ons inzageverzoek
@if representative
@cc {representative}, vertegenwoordiger in de Unie (artikel 27 AVG)
@end
