# Beschwerde bei der Aufsichtsbehörde des Wohnsitzes der teilnehmenden Person (Art. 77 DSGVO).
@subject Beschwerde nach Art. 77 DSGVO: Auskunftsantrag nicht vollständig beantwortet
@salutation Sehr geehrte Damen und Herren,

Im Namen von {participant} (Wohnsitzstaat: {residence}) legt {organisation} nach Art. 77 der
Datenschutz-Grundverordnung (DSGVO) Beschwerde gegen {controller} ein. Die Beschwerde betrifft
einen Auskunftsantrag nach Art. 15 DSGVO. Wir handeln aufgrund der beigefügten, von
{participant} unterschriebenen Vollmacht.

@heading Beschwerdegegner
@field Verantwortlicher | {controller}
@if leadAuthority
@field Federführende Aufsichtsbehörde | {leadAuthority} ({leadCountry})
@end
@if noOneStopShop
@if representative
@field Vertreter in der Union (Art. 27 DSGVO) | {representative}
@if representativeAddress
@field Anschrift des Vertreters | {representativeAddress}
@end
@else
@field Vertreter in der Union (Art. 27 DSGVO) | kein Vertreter bekannt
@end
@end

@if noOneStopShop
@heading Zuständigkeit
Der Verantwortliche hat keine Hauptniederlassung in der Union; die Zuständigkeit der
federführenden Aufsichtsbehörde nach Art. 56 DSGVO (One-Stop-Shop) greift daher nicht. Als
Aufsichtsbehörde des Ortes, an dem {participant} den gewöhnlichen Aufenthalt hat, sind Sie für
diese Beschwerde zuständig (Art. 55 Abs. 1 und Art. 77 Abs. 1 DSGVO).
@end

@heading Sachverhalt
@if received
@field Eingang des Antrags beim Verantwortlichen | {received}
@end
@if due
@field Ende der Frist (Art. 12 Abs. 3 DSGVO) | {due}
@end
@each events
@field {date} | {text}
@end

@if answerNone
Eine Antwort des Verantwortlichen liegt nicht vor: Die Frist des Art. 12 Abs. 3 DSGVO ist
abgelaufen, ohne dass der Verantwortliche die Auskunft und die Kopie erteilt hat, auf die
{participant} nach Art. 15 DSGVO Anspruch hat.
@end
@if answerIncomplete
Der Verantwortliche hat am {answeredOn} geantwortet; die Antwort ist jedoch unvollständig.
@end
@if answerRefused
Der Verantwortliche hat den Antrag am {answeredOn} abgelehnt.
@end
@if answerNoData
Der Verantwortliche hat am {answeredOn} erklärt, keine personenbezogenen Daten von
{participant} zu verarbeiten.
@end
@if answerProcessor
Der Verantwortliche hat am {answeredOn} erklärt, lediglich als Auftragsverarbeiter tätig zu sein,
ohne die Verantwortlichen zu benennen, für die er die Daten verarbeitet.
@end
@if !answerNone
@if missing
Der Verantwortliche hat Folgendes, worauf {participant} nach Art. 15 DSGVO Anspruch hat, nicht
zur Verfügung gestellt:
@each missing
- {provision}: {name}.
@end
@else
@if answerUnclassified
Der Verantwortliche hat den Antrag nicht vollständig beantwortet.
@end
@end
@end

@heading Anträge
Wir bitten Sie, sich mit dieser Beschwerde zu befassen, den Gegenstand in angemessenem Umfang zu
untersuchen und Ihre Befugnisse nach Art. 58 Abs. 2 DSGVO auszuüben, insbesondere den
Verantwortlichen anzuweisen, dem Antrag zu entsprechen (Art. 58 Abs. 2 lit. c DSGVO). Bitte
unterrichten Sie uns über den Stand und das Ergebnis der Beschwerde (Art. 77 Abs. 2 DSGVO), in
jedem Fall innerhalb von drei Monaten (Art. 78 Abs. 2 DSGVO).
@if leadAuthority
Da der Verantwortliche seine Hauptniederlassung in einem anderen Mitgliedstaat hat, bitten wir
Sie, nach Art. 56 und 60 DSGVO mit der federführenden Aufsichtsbehörde zusammenzuarbeiten und
unsere Ansprechpartnerin zu bleiben.
@end

Bitte richten Sie Ihre Schreiben zu dieser Beschwerde unter Angabe unseres Zeichens an
{organisation}.

@closing Mit freundlichen Grüßen
@enclosure Vollmacht, unterschrieben von {participant}
@enclosure Kopie des Auskunftsantrags
@if events
@enclosure Schriftwechsel mit dem Verantwortlichen
@end
