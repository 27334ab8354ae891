# Gemeinsame Beschwerde nach Art. 80 Abs. 1 mit Art. 77 DSGVO über einen Verantwortlichen, bei einer
# Aufsichtsbehörde: für die Teilnehmenden, die dort wohnen, wo diese Behörde zuständig ist.
@subject Gemeinsame Beschwerde nach Art. 77 und Art. 80 Abs. 1 DSGVO: Auskunftsanträge nicht vollständig beantwortet
@salutation Sehr geehrte Damen und Herren,

{organisation} legt nach Art. 77 der Datenschutz-Grundverordnung (DSGVO) Beschwerde gegen
{controller} ein, und zwar im Auftrag von {count} betroffenen Personen, die uns nach Art. 80
Abs. 1 DSGVO damit beauftragt haben. Jede von ihnen hat über uns einen Auskunftsantrag nach Art. 15
DSGVO gestellt; für jede von ihnen ist die Frist des Art. 12 Abs. 3 DSGVO abgelaufen. Die Anlage
gibt für jede teilnehmende Person an, was der Verantwortliche nach unseren Unterlagen geantwortet
hat.
@if several
Diese Beschwerde wird in {volumes} Teilen versandt; dies ist Teil {volume} mit den Teilnehmenden
{first} bis {last}.
@end

@heading Beschwerdeführerin
{organisation} ist eine Einrichtung ohne Gewinnerzielungsabsicht
@if legalForm
({legalForm})
@end
@if constitutedUnder
, die ordnungsgemäß nach {constitutedUnder} gegründet ist, deren satzungsmäßige Ziele im
öffentlichen Interesse liegen und die im Bereich des Schutzes der Rechte und Freiheiten betroffener
Personen in Bezug auf den Schutz ihrer personenbezogenen Daten tätig ist (Art. 80 Abs. 1 DSGVO).
Satzung und Registerauszug sind beigefügt.
@else
, die ordnungsgemäß nach dem Recht eines Mitgliedstaats gegründet ist, deren satzungsmäßige Ziele im
öffentlichen Interesse liegen und die im Bereich des Schutzes der Rechte und Freiheiten betroffener
Personen in Bezug auf den Schutz ihrer personenbezogenen Daten tätig ist (Art. 80 Abs. 1 DSGVO).
Satzung und Registerauszug sind beigefügt.
@end
@if objectives
@field Satzungsmäßige Ziele | {objectives}
@end
@if registration
@field Registernummer | {registration}
@end

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
federführenden Aufsichtsbehörde nach Art. 56 DSGVO (One-Stop-Shop) greift daher nicht. Diese Beschwerde
betrifft nur Teilnehmende, die ihren gewöhnlichen Aufenthalt in Ihrem Zuständigkeitsbereich haben;
Sie sind daher für diese Beschwerde zuständig (Art. 55 Abs. 1 und Art. 77 Abs. 1 DSGVO).
@end

@heading Sachverhalt
Die Anlage nennt für jede teilnehmende Person dieses Teils den Tag, an dem der Antrag beim
Verantwortlichen einging, das Ende der Frist nach Art. 12 Abs. 3 DSGVO, wie viele Tage seither
vergangen sind, und die Antwort des Verantwortlichen nach unseren Unterlagen: keine Antwort, eine
unvollständige Antwort mit den fehlenden Angaben nach Art. 15 DSGVO, eine Ablehnung oder eine
andere Erklärung.
@if anyLate
Für {late} der {inVolume} Teilnehmenden dieses Teils ist die Frist ohne vollständige Antwort
abgelaufen.
@end
Die Vollmachten der Teilnehmenden folgen der Anlage in derselben Reihenfolge.

@heading Anträge
Wir bitten Sie, sich mit dieser Beschwerde zu befassen, sie in angemessenem Umfang zu untersuchen
und Ihre Befugnisse nach Art. 58 Abs. 2 DSGVO auszuüben, insbesondere den Verantwortlichen
anzuweisen, den Anträgen der Teilnehmenden zu entsprechen (Art. 58 Abs. 2 lit. c DSGVO). Bitte
unterrichten Sie uns über den Stand und das Ergebnis der Beschwerde (Art. 77 Abs. 2 DSGVO),
jedenfalls innerhalb von drei Monaten (Art. 78 Abs. 2 DSGVO).
@if leadAuthority
Da der Verantwortliche seine Hauptniederlassung in einem anderen Mitgliedstaat hat, bitten wir Sie,
mit der federführenden Aufsichtsbehörde nach Art. 56 und 60 DSGVO zusammenzuarbeiten und dabei
unsere Ansprechpartnerin zu bleiben.
@end

Bitte richten Sie Ihre Schreiben zu dieser Beschwerde an {organisation} unter Angabe unseres
Zeichens.

@closing Mit freundlichen Grüßen
@enclosure Anlage: die Teilnehmenden {first} bis {last} und ihre Befunde
@enclosure Die Vollmachten dieser {inVolume} Teilnehmenden
@enclosure {statutes}
@enclosure {registryExtract}
