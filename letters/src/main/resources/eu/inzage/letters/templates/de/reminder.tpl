# Erinnerung, nachdem die Frist des Art. 12 Abs. 3 DSGVO ohne vollständige Antwort abgelaufen ist,
# oder Nachfassschreiben auf eine Antwort, die den Antrag nicht beantwortet (nur Auftragsverarbeiter).
@subject Erinnerung: Antrag auf Auskunft über personenbezogene Daten (Art. 15 DSGVO)
@salutation Sehr geehrte Damen und Herren,

Im Namen von {participant} hat {organisation} Sie nach Artikel 15 der Datenschutz-Grundverordnung
(DSGVO) um Auskunft über personenbezogene Daten gebeten.
@if submitted
@if proof
Wir haben unseren Antrag am {submitted} abgesandt (Nachweis der Übermittlung: {proof}).
@else
Wir haben unseren Antrag am {submitted} abgesandt.
@end
@else
@if proof
Der Nachweis der Übermittlung unseres Antrags lautet: {proof}.
@end
@end
@if received
Unser Antrag ist am {received} bei Ihnen eingegangen.
@end
@if due
@if overdue
Die Frist für Ihre Antwort nach Art. 12 Abs. 3 DSGVO ist am {due} abgelaufen.
@else
Die Frist für Ihre Antwort nach Art. 12 Abs. 3 DSGVO endet am {due}.
@end
@end
@if lateExtension
Ihre Mitteilung, dass Sie die Frist verlängern, ist am {extensionNotified} bei uns eingegangen,
nach Ablauf des ersten Monats am {oneMonth}. Eine Fristverlängerung ist innerhalb eines Monats
nach Eingang des Antrags mitzuteilen (Art. 12 Abs. 3 DSGVO); diese Verlängerung ist daher
unwirksam und verlängert die Frist nicht.
@end

@if processorClaimed
Am {processorClaimed} haben Sie geantwortet, Sie seien ausschließlich als Auftragsverarbeiter
tätig. Diese Antwort beantwortet unseren Antrag nicht. Ein Auftragsverarbeiter unterstützt den
Verantwortlichen bei der Beantwortung von Anträgen betroffener Personen (Art. 28 Abs. 3 lit. e
DSGVO), und {participant} kann das Auskunftsrecht gegenüber dem Verantwortlichen geltend machen
(Art. 15 DSGVO). Wir bitten Sie daher,
- uns mitzuteilen, für welche Verantwortlichen Sie personenbezogene Daten von {participant}
  verarbeiten, mit deren Namen und Kontaktdaten;
- unseren Antrag ohne weitere Verzögerung an diese Verantwortlichen weiterzuleiten;
- zu bestätigen, ob Sie personenbezogene Daten von {participant} auch für eigene Zwecke
  verarbeiten; für diese Verarbeitung sind Sie selbst Verantwortlicher, und wir bitten Sie, die
  vollständige Auskunft nach Art. 15 DSGVO zu erteilen.
@else
@if missing
Folgendes, worauf {participant} nach Art. 15 DSGVO Anspruch hat, haben wir noch nicht erhalten:
@each missing
- {provision}: {name}.
@end
@else
Eine vollständige Antwort auf unseren Antrag haben wir noch nicht erhalten.
@end
@end

@if events
Zur Erinnerung der bisherige Verlauf:
@each events
@field {date} | {text}
@end
@end

@if !processorClaimed
Wir bitten Sie, die vollständige Auskunft nun ohne weitere Verzögerung zu erteilen, mit der
Kopie in einem gängigen elektronischen Format, das heruntergeladen werden kann (Art. 15 Abs. 3
DSGVO), und sie an {organisation} zu senden, die aufgrund der beigefügten Vollmacht berechtigt
ist, sie im Namen von {participant} entgegenzunehmen.
@end
@if finalDate
Wir bitten Sie, uns bis spätestens {finalDate} zu antworten. Liegt uns an diesem Tag keine
vollständige Antwort vor, werden wir Beschwerde bei der zuständigen Aufsichtsbehörde einlegen
(Art. 77 DSGVO).
@else
Erhalten wir keine vollständige Antwort, werden wir Beschwerde bei der zuständigen
Aufsichtsbehörde einlegen (Art. 77 DSGVO).
@end

@closing Mit freundlichen Grüßen
@enclosure Kopie der von {participant} unterschriebenen Vollmacht
@enclosure Kopie unseres Auskunftsantrags
@if representative
@cc {representative}, Vertreter in der Union (Art. 27 DSGVO)
@end
