# Beschwerde bei der Aufsichtsbehörde des Wohnsitzes der teilnehmenden Person (Art. 77 DSGVO).
@subject Beschwerde nach Art. 77 DSGVO: Auskunftsantrag nicht vollständig beantwortet
@salutation Sehr geehrte Damen und Herren,

Im Namen von {participant}, wohnhaft in {residence}, legt {organisation} nach Artikel 77 der
Datenschutz-Grundverordnung (DSGVO) Beschwerde gegen {controller} ein. Die Beschwerde betrifft
einen Auskunftsantrag nach Art. 15 DSGVO, den der Verantwortliche nicht vollständig beantwortet
hat. Wir handeln aufgrund der beigefügten, von {participant} unterschriebenen Vollmacht.

@heading Der Verantwortliche
@field Verantwortlicher | {controller}
@if leadAuthority
@field Federführende Aufsichtsbehörde | {leadAuthority} ({leadCountry})
@end

@heading Der Sachverhalt
@if received
@field Eingang des Antrags beim Verantwortlichen | {received}
@end
@if due
@field Ende der Frist (Art. 12 Abs. 3 DSGVO) | {due}
@end
@each events
@field {date} | {text}
@end

@if missing
Der Verantwortliche hat Folgendes, worauf {participant} nach Art. 15 DSGVO Anspruch hat, nicht
zur Verfügung gestellt:
@each missing
- {provision}: {name}.
@end
@else
Der Verantwortliche hat den Antrag nicht vollständig beantwortet.
@end

@heading Unser Anliegen
Wir bitten Sie, sich mit dieser Beschwerde zu befassen, den Gegenstand in angemessenem Umfang zu
untersuchen und Ihre Befugnisse nach Art. 58 Abs. 2 DSGVO zu nutzen, insbesondere den
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
