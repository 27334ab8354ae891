# Gemeinsame Beschwerde nach Art. 80 Abs. 1 mit Art. 77 DSGVO über einen Verantwortlichen.
@subject Gemeinsame Beschwerde nach Art. 77 und Art. 80 Abs. 1 DSGVO: Auskunftsanträge nicht vollständig beantwortet
@salutation Sehr geehrte Damen und Herren,

{organisation} legt nach Artikel 77 der Datenschutz-Grundverordnung (DSGVO) Beschwerde gegen
{controller} ein, und zwar im Auftrag von {count} betroffenen Personen, die uns nach Artikel 80
Abs. 1 DSGVO damit beauftragt haben. Jede von ihnen hat über uns einen Auskunftsantrag nach Artikel
15 DSGVO gestellt, den der Verantwortliche nicht innerhalb der Frist des Artikels 12 Abs. 3 DSGVO
vollständig beantwortet hat.
@if several
Diese Beschwerde wird in {volumes} Teilen versandt; dies ist Teil {volume} mit den Teilnehmenden
{first} bis {last}.
@end

@heading Die Beschwerdeführerin
{organisation} ist eine Einrichtung ohne Gewinnerzielungsabsicht
@if legalForm
({legalForm})
@end
die ordnungsgemäß nach dem Recht eines Mitgliedstaats gegründet ist, deren satzungsmäßige Ziele im
öffentlichen Interesse liegen und die im Bereich des Schutzes der Rechte und Freiheiten betroffener
Personen in Bezug auf den Schutz ihrer personenbezogenen Daten tätig ist (Art. 80 Abs. 1 DSGVO).
@if objectives
@field Satzungsmäßige Ziele | {objectives}
@end
@if registration
@field Registernummer | {registration}
@end

@heading Der Verantwortliche
@field Verantwortlicher | {controller}
@if leadAuthority
@field Federführende Aufsichtsbehörde | {leadAuthority} ({leadCountry})
@end

@heading Der Sachverhalt
Die Anlage nennt für jede teilnehmende Person dieses Teils den Tag, an dem der Antrag beim
Verantwortlichen einging, das Ende der Frist nach Artikel 12 Abs. 3 DSGVO, wie viele Tage seither
vergangen sind, und welche Angaben nach Artikel 15 DSGVO der Verantwortliche nicht erteilt hat.
@if anyLate
Für {late} der {inVolume} Teilnehmenden dieses Teils ist die Frist ohne vollständige Antwort
abgelaufen.
@end
Die Vollmachten der Teilnehmenden folgen der Anlage in derselben Reihenfolge.

@heading Unser Antrag an Sie
Wir bitten Sie, diese Beschwerde zu befassen, sie in angemessenem Umfang zu untersuchen und Ihre
Befugnisse nach Artikel 58 Abs. 2 DSGVO zu nutzen, insbesondere den Verantwortlichen anzuweisen,
den Anträgen der Teilnehmenden zu entsprechen (Art. 58 Abs. 2 Buchst. c DSGVO). Bitte unterrichten
Sie uns über den Stand und das Ergebnis der Beschwerde (Art. 77 Abs. 2 DSGVO), jedenfalls
innerhalb von drei Monaten (Art. 78 Abs. 2 DSGVO).
@if leadAuthority
Da der Verantwortliche seine Hauptniederlassung in einem anderen Mitgliedstaat hat, bitten wir Sie,
mit der federführenden Aufsichtsbehörde nach den Artikeln 56 und 60 DSGVO zusammenzuarbeiten und
dabei unsere Ansprechpartnerin zu bleiben.
@end

Bitte richten Sie Ihre Schreiben zu dieser Beschwerde an {organisation} unter Angabe unseres
Zeichens.

@closing Mit freundlichen Grüßen
@enclosure Anlage: die Teilnehmenden {first} bis {last} und ihre Befunde
@enclosure Die Vollmachten dieser {inVolume} Teilnehmenden
