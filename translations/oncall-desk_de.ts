<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge %1</source>
        <translation>%1 quittieren</translation>
    </message>
    <message>
        <source>Acknowledge %1 alarms</source>
        <translation>%1 Alarme quittieren</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>Kommentar (Pflicht)</translation>
    </message>
    <message>
        <source>e.g. On it, checking the host</source>
        <translation>z. B. Bin dran, prüfe den Host</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Notify the other contacts</source>
        <translation>Andere Kontakte benachrichtigen</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Läuft ab nach</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sticky (until the object is OK again)</source>
        <translation>Dauerhaft (bis das Objekt wieder OK ist)</translation>
    </message>
    <message>
        <source>Without it, the acknowledgement ends at the next change of state.</source>
        <translation>Ohne diese Option endet die Quittierung beim nächsten Statuswechsel.</translation>
    </message>
</context>
<context>
    <name>ActionProgressList</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>VMs started at the same time: a boot storm heats a host that just came back.</source>
        <translation>Gleichzeitig gestartete VMs: Ein Boot-Sturm heizt einen Host auf, der gerade erst wieder läuft.</translation>
    </message>
    <message>
        <source>at a time</source>
        <translation>gleichzeitig</translation>
    </message>
    <message>
        <source>No VM actions yet.</source>
        <translation>Noch keine VM-Aktionen.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel queued</source>
        <translation>Wartende abbrechen</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message>
        <source>No problems match. All quiet.</source>
        <translation>Keine passenden Störungen. Alles ruhig.</translation>
    </message>
    <message>
        <source>Waiting for the monitoring server …</source>
        <translation>Warte auf den Monitoring-Server …</translation>
    </message>
</context>
<context>
    <name>AlarmRow</name>
    <message>
        <source>State since %1</source>
        <translation>Status seit %1</translation>
    </message>
    <message>
        <source>✓ acknowledged by %1: %2</source>
        <translation>✓ quittiert von %1: %2</translation>
    </message>
    <message>
        <source>⏸ in downtime</source>
        <translation>⏸ im Wartungsfenster</translation>
    </message>
    <message>
        <source>⇣ unreachable: parent down</source>
        <translation>⇣ unerreichbar: übergeordneter Host DOWN</translation>
    </message>
</context>
<context>
    <name>AlarmRules</name>
    <message>
        <source>PENDING</source>
        <translation>PENDING</translation>
    </message>
    <message>
        <source>UP</source>
        <translation>UP</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>DOWN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRITICAL</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNKNOWN</translation>
    </message>
    <message>
        <source>HARD</source>
        <translation>HARD</translation>
    </message>
    <message>
        <source>SOFT %1/%2</source>
        <translation>SOFT %1/%2</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>On-Call Desk: live alarms, topology and actions for the person on duty.</source>
        <translation>On-Call Desk: Live-Alarme, Topologie und Aktionen für die Bereitschaft.</translation>
    </message>
    <message>
        <source>Open the built-in demo data center.</source>
        <translation>Das eingebaute Demo-Rechenzentrum öffnen.</translation>
    </message>
    <message>
        <source>Start, load the user interface with the demo data, and quit.</source>
        <translation>Starten, die Oberfläche mit den Demodaten laden und beenden.</translation>
    </message>
    <message>
        <source>User interface language (de or en).</source>
        <translation>Sprache der Oberfläche (de oder en).</translation>
    </message>
    <message>
        <source>Icinga 2 API URL, e.g. https://icinga:5665.</source>
        <translation>URL der Icinga-2-API, z. B. https://icinga:5665.</translation>
    </message>
    <message>
        <source>Icinga 2 API user (password from ONCALL_DESK_PASSWORD).</source>
        <translation>Benutzer der Icinga-2-API (Passwort aus ONCALL_DESK_PASSWORD).</translation>
    </message>
    <message>
        <source>CA certificate (PEM) that signed the server&apos;s certificate.</source>
        <translation>CA-Zertifikat (PEM), das das Zertifikat des Servers signiert hat.</translation>
    </message>
    <message>
        <source>Name the server certificate must carry, if not the URL&apos;s host.</source>
        <translation>Name, den das Serverzertifikat tragen muss, falls nicht der Host der URL.</translation>
    </message>
    <message>
        <source>Milliseconds per story minute in the demo.</source>
        <translation>Millisekunden pro Story-Minute in der Demo.</translation>
    </message>
    <message>
        <source>Start the demo story at this minute (0-29).</source>
        <translation>Die Demo-Story bei dieser Minute beginnen (0-29).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use de or en.</source>
        <translation>Unbekannte Sprache „%1“: de oder en verwenden.</translation>
    </message>
    <message>
        <source>The Icinga 2 URL must start with https:// (the API only speaks TLS).</source>
        <translation>Die Icinga-2-URL muss mit https:// beginnen (die API spricht nur TLS).</translation>
    </message>
    <message>
        <source>An Icinga 2 URL needs a user: --icinga-user or user= in %1.</source>
        <translation>Eine Icinga-2-URL braucht einen Benutzer: --icinga-user oder user= in %1.</translation>
    </message>
    <message>
        <source>Print the running desk&apos;s summary and exit: 0 OK, 1 warning, 2 critical, 3 feed down or not running.</source>
        <translation>Die Zusammenfassung des laufenden Desks ausgeben und beenden: 0 OK, 1 Warnung, 2 kritisch, 3 Feed unterbrochen oder Desk läuft nicht.</translation>
    </message>
    <message>
        <source>With --status: print JSON.</source>
        <translation>Mit --status: JSON ausgeben.</translation>
    </message>
    <message>
        <source>Start in the system tray without showing the window.</source>
        <translation>Im Infobereich (Tray) starten, ohne das Fenster anzuzeigen.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 ist nicht lesbar oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Read a secret from standard input and keep it in the keyring under &lt;name&gt; (team-database, bigbluebutton), then exit.</source>
        <translation>Ein Geheimnis von der Standardeingabe lesen, im Schlüsselbund unter &lt;name&gt; (team-database, bigbluebutton) ablegen und beenden.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Newest first. File: %1</source>
        <translation>Neueste zuerst. Datei: %1</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit-Code %1</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Record a response</source>
        <translation>Rückmeldung erfassen</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>(no incident)</source>
        <translation>(keine Störung)</translation>
    </message>
    <message>
        <source>Number / address</source>
        <translation>Nummer / Adresse</translation>
    </message>
    <message>
        <source>Caller&apos;s number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>not found by number: search by name below</source>
        <translation>über die Nummer nicht gefunden: unten nach Namen suchen</translation>
    </message>
    <message>
        <source>Search a member by name</source>
        <translation>Mitglied nach Namen suchen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>e.g. Nextcloud slow after the reboot</source>
        <translation>z. B. Nextcloud nach dem Neustart langsam</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What the member said, what was agreed</source>
        <translation>Was das Mitglied gesagt hat, was vereinbart wurde</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Übergeben an</translation>
    </message>
    <message>
        <source>the colleague who looks after the member</source>
        <translation>Betreuer des Mitglieds</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Follow up in</source>
        <translation>Wiedervorlage in</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Rückmeldung erfassen</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CallsPane</name>
    <message>
        <source>Search topic, summary or number</source>
        <translation>Thema, Zusammenfassung oder Nummer suchen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Alle Störungen</translation>
    </message>
    <message>
        <source>from yyyy-mm-dd</source>
        <translation>von JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>to yyyy-mm-dd</source>
        <translation>bis JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Anruf erfassen…</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>Störung: %1</translation>
    </message>
    <message>
        <source>handed over to %1</source>
        <translation>übergeben an %1</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Wiedervorlage: %1</translation>
    </message>
</context>
<context>
    <name>ChartsPane</name>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>Compare across hosts</source>
        <translation>Hosts vergleichen</translation>
    </message>
    <message>
        <source>No performance data for this object yet.</source>
        <translation>Für dieses Objekt gibt es noch keine Messwerte.</translation>
    </message>
    <message>
        <source>Select an alarm to see its sensor charts.</source>
        <translation>Wählen Sie einen Alarm, um seine Sensorverläufe zu sehen.</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message>
        <source>Reason (for the command and the audit log)</source>
        <translation>Grund (für den Befehl und das Audit-Protokoll)</translation>
    </message>
    <message>
        <source>e.g. host rebooted, VMs did not start</source>
        <translation>z. B. Host neu gestartet, VMs nicht hochgefahren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>The list below shows the last known state and may be out of date.</source>
        <translation>Die Liste zeigt den zuletzt bekannten Stand und ist möglicherweise veraltet.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The connection needs a name.</source>
        <translation>Die Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Enter the address of the Icinga 2 API, e.g. https://icinga.example.org:5665.</source>
        <translation>Geben Sie die Adresse der Icinga-2-API ein, z. B. https://icinga.example.org:5665.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address: use e.g. https://icinga.example.org:5665.</source>
        <translation>„%1“ ist keine gültige Adresse: Verwenden Sie z. B. https://icinga.example.org:5665.</translation>
    </message>
    <message>
        <source>The address %1 must start with https:// (the Icinga 2 API only speaks TLS).</source>
        <translation>Die Adresse %1 muss mit https:// beginnen (die Icinga-2-API spricht nur TLS).</translation>
    </message>
    <message>
        <source>The address %1 must not contain a user name or password: enter them in their own fields.</source>
        <translation>Die Adresse %1 darf weder Benutzernamen noch Passwort enthalten: Geben Sie diese in den eigenen Feldern ein.</translation>
    </message>
    <message>
        <source>The address %1 is listed twice.</source>
        <translation>Die Adresse %1 ist doppelt eingetragen.</translation>
    </message>
    <message>
        <source>Enter the name of the Icinga 2 API user.</source>
        <translation>Geben Sie den Namen des API-Benutzers der Icinga-2-API ein.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation>Der Fingerabdruck des vertrauten Zertifikats muss aus 64 Hexadezimalziffern bestehen (SHA-256).</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist or cannot be read.</source>
        <translation>Die CA-Datei %1 existiert nicht oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <source>On-Call Desk is not running on this desktop.</source>
        <translation>On-Call Desk läuft auf diesem Desktop nicht.</translation>
    </message>
    <message>
        <source>On-Call Desk is already running: its window was raised.</source>
        <translation>On-Call Desk läuft bereits: Sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>On-Call Desk is already running.</source>
        <translation>On-Call Desk läuft bereits.</translation>
    </message>
    <message>
        <source>No secret on standard input.</source>
        <translation>Kein Geheimnis auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Stored in the keyring as %1.</source>
        <translation>Im Schlüsselbund als %1 abgelegt.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select an alarm to see its details.</source>
        <translation>Wählen Sie einen Alarm, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>State type</source>
        <translation>Statustyp</translation>
    </message>
    <message>
        <source>State since</source>
        <translation>Status seit</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Check command</source>
        <translation>Check-Befehl</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: a parent host is down</source>
        <translation>nein: ein übergeordneter Host ist DOWN</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>von %1: %2</translation>
    </message>
    <message>
        <source>(expires %1)</source>
        <translation>(läuft ab %1)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>In downtime</source>
        <translation>Im Wartungsfenster</translation>
    </message>
    <message>
        <source>Plugin output</source>
        <translation>Plugin-Ausgabe</translation>
    </message>
    <message>
        <source>Performance data</source>
        <translation>Performance-Daten</translation>
    </message>
    <message>
        <source>Custom variables</source>
        <translation>Eigene Variablen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
</context>
<context>
    <name>DowntimeDialog</name>
    <message>
        <source>Schedule downtime for %1</source>
        <translation>Wartungsfenster für %1 planen</translation>
    </message>
    <message>
        <source>Schedule downtime for %1 objects</source>
        <translation>Wartungsfenster für %1 Objekte planen</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>Kommentar (Pflicht)</translation>
    </message>
    <message>
        <source>e.g. Kernel update, reboot</source>
        <translation>z. B. Kernel-Update, Neustart</translation>
    </message>
    <message>
        <source>Starts now, lasts</source>
        <translation>Beginnt jetzt, dauert</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Include all services of the host</source>
        <translation>Alle Services des Hosts einschließen</translation>
    </message>
    <message>
        <source>Include child hosts (VMs)</source>
        <translation>Kind-Hosts (VMs) einschließen</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DurationFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>HostActionsPane</name>
    <message>
        <source>%1 is UP: failover is for a host that stays down (its VMs would run twice).</source>
        <translation>%1 ist UP: Ein Failover ist für einen Host gedacht, der DOWN bleibt (seine VMs würden sonst doppelt laufen).</translation>
    </message>
    <message>
        <source>No standby host is known (host vars standby, free_vcpus, free_memory_gb).</source>
        <translation>Kein Standby-Host bekannt (Host-Variablen standby, free_vcpus, free_memory_gb).</translation>
    </message>
    <message>
        <source>%1 is not UP.</source>
        <translation>%1 ist nicht UP.</translation>
    </message>
    <message>
        <source>%1 is DOWN: its VMs cannot start there until it is UP again.</source>
        <translation>%1 ist DOWN: Seine VMs können dort erst starten, wenn er wieder UP ist.</translation>
    </message>
    <message>
        <source>Select an alarm of a host or VM to see the facts and the actions for its host.</source>
        <translation>Wählen Sie einen Alarm eines Hosts oder einer VM, um die Fakten und die Aktionen für den zugehörigen Host zu sehen.</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation>Temperatur: %1</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <source>action queued or running</source>
        <translation>Aktion wartet oder läuft</translation>
    </message>
    <message>
        <source>Down VMs</source>
        <translation>Ausgefallene VMs</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Restart where they are</source>
        <translation>Auf demselben Host neu starten</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n VM(s)…</source>
        <translation>
            <numerusform>%n VM neu starten…</numerusform>
            <numerusform>%n VMs neu starten…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fail over to a standby host</source>
        <translation>Failover auf einen Standby-Host</translation>
    </message>
    <message numerus="yes">
        <source>Fail over %n VM(s)…</source>
        <translation>
            <numerusform>Failover für %n VM…</numerusform>
            <numerusform>Failover für %n VMs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fail over from %1 to %2</source>
        <translation>Failover von %1 auf %2</translation>
    </message>
    <message>
        <source>Fail over</source>
        <translation>Failover starten</translation>
    </message>
    <message>
        <source>Restart VMs on %1</source>
        <translation>VMs auf %1 neu starten</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
</context>
<context>
    <name>Icinga2ErrorText</name>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>User name or password rejected.</source>
        <translation>Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Not permitted for this user.</source>
        <translation>Für diesen Benutzer nicht erlaubt.</translation>
    </message>
    <message>
        <source>Not permitted for this user, or the object does not exist.</source>
        <translation>Für diesen Benutzer nicht erlaubt, oder das Objekt existiert nicht.</translation>
    </message>
    <message>
        <source>Not found on the server (or not permitted for this user).</source>
        <translation>Auf dem Server nicht gefunden (oder für diesen Benutzer nicht erlaubt).</translation>
    </message>
    <message>
        <source>Already acknowledged.</source>
        <translation>Bereits quittiert.</translation>
    </message>
    <message>
        <source>The object is OK: there is nothing to acknowledge.</source>
        <translation>Das Objekt ist OK: Es gibt nichts zu quittieren.</translation>
    </message>
    <message>
        <source>The expiry time lies in the past.</source>
        <translation>Die Ablaufzeit liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server failed to carry out the request: %1</source>
        <translation>Der Server konnte die Anfrage nicht ausführen: %1</translation>
    </message>
    <message>
        <source>The server is not ready yet (still starting or reloading).</source>
        <translation>Der Server ist noch nicht bereit (startet oder lädt gerade neu).</translation>
    </message>
    <message>
        <source>The server answered with an error: %1 (HTTP %2)</source>
        <translation>Der Server hat mit einem Fehler geantwortet: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Der Server hat mit einem unerwarteten Status geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>Connection refused by %1: is Icinga 2 running with the API feature enabled?</source>
        <translation>Verbindung von %1 abgelehnt: Läuft Icinga 2 mit aktiviertem API-Feature?</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>Der Servername %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The secure connection could not be established: %1</source>
        <translation>Die sichere Verbindung konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>The network is unavailable: %1</source>
        <translation>Das Netzwerk ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Connection problem: %1</source>
        <translation>Verbindungsproblem: %1</translation>
    </message>
</context>
<context>
    <name>Icinga2ObjectParser</name>
    <message>
        <source>The server&apos;s answer about %1 is not valid JSON (%2).</source>
        <translation>Die Antwort des Servers zu %1 ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer about %1 holds no result list.</source>
        <translation>Die Antwort des Servers zu %1 enthält keine Ergebnisliste.</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>quittiert</translation>
    </message>
    <message>
        <source>investigating</source>
        <translation>in Analyse</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>unter Beobachtung</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>nachbesprochen</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Übernahme</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>IncidentsPane</name>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n offene Störung</numerusform>
            <numerusform>%n offene Störungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents. One opens by itself for a HARD problem of a physical host; Alarm → Open incident opens one by hand.</source>
        <translation>Keine Störungen. Bei einem HARD-Problem eines physischen Hosts wird automatisch eine eröffnet; von Hand über Alarm → Störung eröffnen.</translation>
    </message>
    <message>
        <source>Select an incident.</source>
        <translation>Wählen Sie eine Störung.</translation>
    </message>
    <message>
        <source>MTTA %1</source>
        <translation>MTTA %1</translation>
    </message>
    <message>
        <source>MTTR %1</source>
        <translation>MTTR %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n alarm(s) open</source>
        <translation>
            <numerusform>%1 von %n Alarm offen</numerusform>
            <numerusform>%1 von %n Alarmen offen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on it.</source>
        <translation>%1 hat übernommen.</translation>
    </message>
    <message>
        <source>Nobody has claimed it yet.</source>
        <translation>Noch hat niemand übernommen.</translation>
    </message>
    <message>
        <source>I&apos;m on it</source>
        <translation>Ich übernehme</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Start conference</source>
        <translation>Konferenz starten</translation>
    </message>
    <message>
        <source>Creates a room on %1, posts the link to the journal and opens it.</source>
        <translation>Erstellt einen Raum auf %1, trägt den Link ins Journal ein und öffnet ihn.</translation>
    </message>
    <message>
        <source>No conference service is configured.</source>
        <translation>Es ist kein Konferenzdienst konfiguriert.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Review as Markdown…</source>
        <translation>Nachbesprechung als Markdown…</translation>
    </message>
    <message>
        <source>Review as PDF…</source>
        <translation>Nachbesprechung als PDF…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Add a note for the team (Enter)</source>
        <translation>Notiz für das Team hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Affected members</source>
        <translation>Betroffene Mitglieder</translation>
    </message>
    <message>
        <source>Respond…</source>
        <translation>Rückmelden…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>On-Call Desk</source>
        <translation>On-Call Desk</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Quittieren…</translation>
    </message>
    <message>
        <source>&amp;Remove acknowledgement</source>
        <translation>Quittierung &amp;entfernen</translation>
    </message>
    <message>
        <source>Re&amp;check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Schedule &amp;downtime…</source>
        <translation>&amp;Wartungsfenster planen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Alarm</source>
        <translation>&amp;Alarm</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Nur Störungen</translation>
    </message>
    <message>
        <source>Soft states</source>
        <translation>Soft-Zustände</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>In downtime</source>
        <translation>Im Wartungsfenster</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>DEMO · story time %1</source>
        <translation>DEMO · Story-Zeit %1</translation>
    </message>
    <message>
        <source>Filter host, service, output (Ctrl+F)</source>
        <translation>Host, Service, Ausgabe filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Soft</translation>
    </message>
    <message>
        <source>Show problems that have not been confirmed yet (SOFT)</source>
        <translation>Probleme zeigen, die noch nicht HARD sind (Prüfung wird wiederholt)</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Acknowledge the selected alarms (A)</source>
        <translation>Ausgewählte Alarme quittieren (A)</translation>
    </message>
    <message>
        <source>Check the selected objects now (R)</source>
        <translation>Ausgewählte Objekte jetzt prüfen (R)</translation>
    </message>
    <message>
        <source>Schedule a downtime (D)</source>
        <translation>Wartungsfenster planen (D)</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>Acknowledge the selection</source>
        <translation>Auswahl quittieren</translation>
    </message>
    <message>
        <source>Remove the acknowledgement</source>
        <translation>Quittierung entfernen</translation>
    </message>
    <message>
        <source>Recheck now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Schedule downtime</source>
        <translation>Wartungsfenster planen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Select all alarms</source>
        <translation>Alle Alarme auswählen</translation>
    </message>
    <message>
        <source>Move, extend the selection</source>
        <translation>Bewegen, Auswahl erweitern</translation>
    </message>
    <message>
        <source>Acknowledge the current alarm</source>
        <translation>Aktuellen Alarm quittieren</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>&amp;Snooze notifications</source>
        <translation>Benachrichtigungen &amp;stummschalten</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>Für 15 Minuten</translation>
    </message>
    <message>
        <source>For 60 minutes</source>
        <translation>Für 60 Minuten</translation>
    </message>
    <message>
        <source>End snooze</source>
        <translation>Stummschaltung beenden</translation>
    </message>
    <message>
        <source>Sound for critical alarms</source>
        <translation>Ton bei kritischen Alarmen</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) shown · sorted by severity, then newest first</source>
        <translation>
            <numerusform>%n Alarm angezeigt · nach Schweregrad, dann neueste zuerst</numerusform>
            <numerusform>%n Alarme angezeigt · nach Schweregrad, dann neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Action failed</source>
        <translation>Aktion fehlgeschlagen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Strg+A</translation>
    </message>
    <message>
        <source>↑ ↓ with Shift</source>
        <translation>↑ ↓ mit Umschalt</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Shift+A</source>
        <translation>Umschalt+A</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Only alarms of %1 and what depends on it</source>
        <translation>Nur Alarme von %1 und allem, was davon abhängt</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Verläufe</translation>
    </message>
    <message>
        <source>&amp;VM actions for this host…</source>
        <translation>&amp;VM-Aktionen für diesen Host…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Audit-Protokoll…</translation>
    </message>
    <message>
        <source>VM actions</source>
        <translation>VM-Aktionen</translation>
    </message>
    <message>
        <source>Open &amp;incident for this alarm</source>
        <translation>Stö&amp;rung für diesen Alarm eröffnen</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>Störungen (%1)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>&amp;Anruf erfassen…</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation>Mitglieder &amp;importieren…</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Members (*.csv *.json)</source>
        <translation>Mitglieder (*.csv *.json)</translation>
    </message>
</context>
<context>
    <name>MemberDirectory</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The first line must name the columns, at least id and name.</source>
        <translation>Die erste Zeile muss die Spalten benennen, mindestens id und name.</translation>
    </message>
    <message>
        <source>Line %1: id and name must not be empty.</source>
        <translation>Zeile %1: id und name dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>Expected a JSON array of members.</source>
        <translation>Erwartet wird ein JSON-Array von Mitgliedern.</translation>
    </message>
    <message>
        <source>Member %1: id and name must not be empty.</source>
        <translation>Mitglied %1: id und name dürfen nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>incident start</source>
        <translation>Störungsbeginn</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 and %2 unreachable</source>
        <translation>%1 und %2 unerreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Service</numerusform>
            <numerusform>%n Services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable host(s)</source>
        <translation>
            <numerusform>%n unerreichbarer Host</numerusform>
            <numerusform>%n unerreichbare Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable service(s)</source>
        <translation>
            <numerusform>%n unerreichbarer Service</numerusform>
            <numerusform>%n unerreichbare Services</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation>%1 wieder OK</translation>
    </message>
    <message>
        <source>No longer monitored.</source>
        <translation>Wird nicht mehr überwacht.</translation>
    </message>
    <message numerus="yes">
        <source>%n new problems</source>
        <translation>
            <numerusform>%n neue Störung</numerusform>
            <numerusform>%n neue Störungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged problems</source>
        <translation>
            <numerusform>%n nicht quittierte Störung</numerusform>
            <numerusform>%n nicht quittierte Störungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring feed lost</source>
        <translation>Monitoring-Feed verloren</translation>
    </message>
    <message>
        <source>The monitoring feed is down since %1.</source>
        <translation>Der Monitoring-Feed ist seit %1 unterbrochen.</translation>
    </message>
    <message>
        <source>Monitoring feed restored</source>
        <translation>Monitoring-Feed wiederhergestellt</translation>
    </message>
    <message>
        <source>The monitoring feed is live again after %1.</source>
        <translation>Der Monitoring-Feed ist nach %1 wieder live.</translation>
    </message>
</context>
<context>
    <name>PerfdataParser</name>
    <message>
        <source>&apos;%1&apos;: the value is unknown (U)</source>
        <translation>&apos;%1&apos;: der Wert ist unbekannt (U)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown unit &apos;%2&apos;</source>
        <translation>&apos;%1&apos;: unbekannte Einheit &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 %3 is too large</source>
        <translation>&apos;%1&apos;: %2 %3 ist zu groß</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the critical threshold &apos;%2&apos; is not a range</source>
        <translation>&apos;%1&apos;: die kritische Schwelle &apos;%2&apos; ist kein Bereich</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the warning threshold &apos;%2&apos; is not a range</source>
        <translation>&apos;%1&apos;: die Warnschwelle &apos;%2&apos; ist kein Bereich</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the maximum &apos;%2&apos; is not a number</source>
        <translation>&apos;%1&apos;: das Maximum &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the minimum &apos;%2&apos; is not a number</source>
        <translation>&apos;%1&apos;: das Minimum &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: fields after the fifth were ignored</source>
        <translation>&apos;%1&apos;: Felder nach dem fünften wurden ignoriert</translation>
    </message>
    <message>
        <source>The performance data is longer than %1 characters; the rest was ignored.</source>
        <translation>Die Performance-Daten sind länger als %1 Zeichen; der Rest wurde ignoriert.</translation>
    </message>
    <message>
        <source>More than %1 items; the rest was ignored.</source>
        <translation>Mehr als %1 Werte; der Rest wurde ignoriert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the quote of the label is not closed</source>
        <translation>&apos;%1&apos;: das schließende Anführungszeichen des Labels fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not label=value</source>
        <translation>&apos;%1&apos; hat nicht die Form Label=Wert</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Welcome to On-Call Desk. Connect it to your Icinga 2 below, or close this dialog and keep exploring the demo data center.</source>
        <translation>Willkommen bei On-Call Desk. Verbinden Sie es unten mit Ihrem Icinga 2, oder schließen Sie diesen Dialog und erkunden Sie weiter das Demo-Rechenzentrum.</translation>
    </message>
    <message>
        <source>The saved connection could not be opened: %1</source>
        <translation>Die gespeicherte Verbindung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Icinga 2</source>
        <translation>Icinga 2</translation>
    </message>
    <message>
        <source>Demo data center</source>
        <translation>Demo-Rechenzentrum</translation>
    </message>
    <message>
        <source>API URLs</source>
        <translation>API-URLs</translation>
    </message>
    <message>
        <source>https://icinga-master1.example.org:5665 (one per line; a second master is tried when the first fails)</source>
        <translation>https://icinga-master1.example.org:5665 (eine pro Zeile; ein zweiter Master wird versucht, wenn der erste ausfällt)</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>API-Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>(stored in the keyring; type to change)</source>
        <translation>(im Schlüsselbund gespeichert; zum Ändern neu eingeben)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>PEM file that signed the API certificate (empty: system certificates)</source>
        <translation>PEM-Datei, die das API-Zertifikat signiert hat (leer: Systemzertifikate)</translation>
    </message>
    <message>
        <source>TLS name</source>
        <translation>TLS-Name</translation>
    </message>
    <message>
        <source>Name in the certificate, if the URL uses another (e.g. an IP address)</source>
        <translation>Name im Zertifikat, falls die URL einen anderen verwendet (z. B. eine IP-Adresse)</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Vertrautes Zertifikat</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>The server presented a certificate that is not trusted.</source>
        <translation>Der Server hat ein Zertifikat vorgelegt, dem nicht vertraut wird.</translation>
    </message>
    <message>
        <source>Issued to %1 by %2.</source>
        <translation>Ausgestellt für %1 von %2.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Compare it with the server&apos;s: openssl x509 -noout -fingerprint -sha256 -in /var/lib/icinga2/certs/&lt;node&gt;.crt. Trust it only if both match.</source>
        <translation>Vergleichen Sie ihn mit dem des Servers: openssl x509 -noout -fingerprint -sha256 -in /var/lib/icinga2/certs/&lt;node&gt;.crt. Vertrauen Sie dem Zertifikat nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Testing …</source>
        <translation>Teste …</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ResponseClock</name>
    <message>
        <source>Standard Support</source>
        <translation>Standard-Support</translation>
    </message>
    <message>
        <source>Extended Support %1 h</source>
        <translation>Extended Support %1 h</translation>
    </message>
    <message>
        <source>answered in time</source>
        <translation>rechtzeitig beantwortet</translation>
    </message>
    <message>
        <source>answered %1 late</source>
        <translation>%1 zu spät beantwortet</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>seit %1 überfällig</translation>
    </message>
    <message>
        <source>%1 left, paused (no main hours ahead)</source>
        <translation>noch %1, pausiert (keine Hauptzeit in Sicht)</translation>
    </message>
    <message>
        <source>%1 left, paused until %2 (standard support runs in main hours)</source>
        <translation>noch %1, pausiert bis %2 (Standard-Support läuft in der Hauptzeit)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Incident review: %1</source>
        <translation>Nachbesprechung der Störung: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>First alarm</source>
        <translation>Erster Alarm</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>All recovered</source>
        <translation>Alle wiederhergestellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>MTTA</source>
        <translation>MTTA</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>nicht quittiert</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation>nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Sensors during the incident</source>
        <translation>Sensoren während der Störung</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Start → end</source>
        <translation>Anfang → Ende</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Generated by On-Call Desk on %1.</source>
        <translation>Erstellt von On-Call Desk am %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ServiceHours</name>
    <message>
        <source>New Year&apos;s Day</source>
        <extracomment>German: Neujahr</extracomment>
        <translation>Neujahr</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <extracomment>German: Heilige Drei Könige</extracomment>
        <translation>Heilige Drei Könige</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <extracomment>German: Internationaler Frauentag</extracomment>
        <translation>Internationaler Frauentag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <extracomment>German: Karfreitag</extracomment>
        <translation>Karfreitag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <extracomment>German: Ostermontag</extracomment>
        <translation>Ostermontag</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <extracomment>German: Tag der Arbeit</extracomment>
        <translation>Tag der Arbeit</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <extracomment>German: Christi Himmelfahrt</extracomment>
        <translation>Christi Himmelfahrt</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <extracomment>German: Pfingstmontag</extracomment>
        <translation>Pfingstmontag</translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <extracomment>German: Fronleichnam</extracomment>
        <translation>Fronleichnam</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <extracomment>German: Mariä Himmelfahrt</extracomment>
        <translation>Mariä Himmelfahrt</translation>
    </message>
    <message>
        <source>World Children&apos;s Day</source>
        <extracomment>German: Weltkindertag</extracomment>
        <translation>Weltkindertag</translation>
    </message>
    <message>
        <source>German Unity Day</source>
        <extracomment>German: Tag der Deutschen Einheit</extracomment>
        <translation>Tag der Deutschen Einheit</translation>
    </message>
    <message>
        <source>Reformation Day</source>
        <extracomment>German: Reformationstag</extracomment>
        <translation>Reformationstag</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <extracomment>German: Allerheiligen</extracomment>
        <translation>Allerheiligen</translation>
    </message>
    <message>
        <source>Day of Repentance and Prayer</source>
        <extracomment>German: Buß- und Bettag</extracomment>
        <translation>Buß- und Bettag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <extracomment>German: 1. Weihnachtstag</extracomment>
        <translation>1. Weihnachtstag</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <extracomment>German: 2. Weihnachtstag</extracomment>
        <translation>2. Weihnachtstag</translation>
    </message>
    <message>
        <source>Service hours: the entry “%1” in %2= is not of the form “Mon-Fri 08:00-20:00”.</source>
        <translation>Servicezeiten: Der Eintrag „%1“ in %2= hat nicht die Form „Mo-Fr 08:00-20:00“.</translation>
    </message>
    <message>
        <source>Service hours: the entry “%1” in %2= names an unknown day; use Mon, Tue, Wed, Thu, Fri, Sat, Sun (or Mo, Di, Mi, Do, Fr, Sa, So).</source>
        <translation>Servicezeiten: Der Eintrag „%1“ in %2= nennt einen unbekannten Tag; verwenden Sie Mo, Di, Mi, Do, Fr, Sa, So (oder Mon, Tue, Wed, Thu, Fri, Sat, Sun).</translation>
    </message>
    <message>
        <source>Service hours: the entry “%1” in %2= has a time that does not exist; times run from 00:00 to 24:00.</source>
        <translation>Servicezeiten: Der Eintrag „%1“ in %2= enthält eine Uhrzeit, die es nicht gibt; Uhrzeiten reichen von 00:00 bis 24:00.</translation>
    </message>
    <message>
        <source>Service hours: the entry “%1” in %2= ends before it starts; write a period across midnight as two entries, e.g. “Fri 20:00-24:00, Sat 00:00-02:00”.</source>
        <translation>Servicezeiten: Der Eintrag „%1“ in %2= endet, bevor er beginnt; schreiben Sie einen Zeitraum über Mitternacht als zwei Einträge, z. B. „Fr 20:00-24:00, Sa 00:00-02:00“.</translation>
    </message>
    <message>
        <source>Service hours: the rule for day %1 from %2 to %3 is not a period of one day.</source>
        <translation>Servicezeiten: Die Regel für Tag %1 von %2 bis %3 ist kein Zeitraum innerhalb eines Tages.</translation>
    </message>
    <message>
        <source>Service hours: two entries for %1 overlap on %2 at %3.</source>
        <translation>Servicezeiten: Zwei Einträge der %1 überschneiden sich am %2 um %3.</translation>
    </message>
    <message>
        <source>Service hours: %1 and %2 overlap on %3 at %4.</source>
        <translation>Servicezeiten: %1 und %2 überschneiden sich am %3 um %4.</translation>
    </message>
    <message>
        <source>Service hours: “%1” in holidayRegions= is not a German state; use the state codes %2.</source>
        <translation>Servicezeiten: „%1“ in holidayRegions= ist kein deutsches Bundesland; verwenden Sie die Länderkürzel %2.</translation>
    </message>
    <message>
        <source>Service hours: “%1” in extraHolidays= is not a date; write YYYY-MM-DD for one day or MM-DD for every year.</source>
        <translation>Servicezeiten: „%1“ in extraHolidays= ist kein Datum; schreiben Sie JJJJ-MM-TT für einen einzelnen Tag oder MM-TT für jedes Jahr.</translation>
    </message>
    <message>
        <source>company holiday</source>
        <translation>Betriebsruhe</translation>
    </message>
    <message>
        <source>main hours</source>
        <extracomment>German: Hauptzeit</extracomment>
        <translation>Hauptzeit</translation>
    </message>
    <message>
        <source>side hours</source>
        <extracomment>German: Nebenzeit</extracomment>
        <translation>Nebenzeit</translation>
    </message>
    <message>
        <source>standby</source>
        <extracomment>German: Bereitschaft</extracomment>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation>Mitternacht</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Main hours</source>
        <translation>Hauptzeit</translation>
    </message>
    <message>
        <source>Main hours until %1</source>
        <translation>Hauptzeit bis %1</translation>
    </message>
    <message>
        <source>Side hours</source>
        <translation>Nebenzeit</translation>
    </message>
    <message>
        <source>Side hours until %1</source>
        <translation>Nebenzeit bis %1</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Standby until %1</source>
        <translation>Bereitschaft bis %1</translation>
    </message>
    <message>
        <source>Standby (company holiday)</source>
        <translation>Bereitschaft (Betriebsruhe)</translation>
    </message>
    <message>
        <source>Standby (company holiday) until %1</source>
        <translation>Bereitschaft (Betriebsruhe) bis %1</translation>
    </message>
    <message>
        <source>Standby (public holiday: %1)</source>
        <translation>Bereitschaft (Feiertag: %1)</translation>
    </message>
    <message>
        <source>Standby (public holiday: %1) until %2</source>
        <translation>Bereitschaft (Feiertag: %1) bis %2</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>Nicht quittiert</translation>
    </message>
    <message>
        <source>Notifications snoozed until %1</source>
        <translation>Benachrichtigungen stumm bis %1</translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <source>monitoring feed down: %1</source>
        <translation>Monitoring-Feed unterbrochen: %1</translation>
    </message>
    <message>
        <source>%1 down, %2 critical, %3 warning, %4 unknown, %5 unacknowledged</source>
        <translation>%1 down, %2 kritisch, %3 Warnung, %4 unbekannt, %5 nicht quittiert</translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>Find a host or VM</source>
        <translation>Host oder VM suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n physical host(s)</source>
        <translation>
            <numerusform>%n physischer Host</numerusform>
            <numerusform>%n physische Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n unerreichbar</numerusform>
            <numerusform>%n unerreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Störung</numerusform>
            <numerusform>%n Störungen</numerusform>
        </translation>
    </message>
    <message>
        <source>unreachable: parent down</source>
        <translation>unerreichbar: übergeordneter Host DOWN</translation>
    </message>
    <message>
        <source>Services of %1</source>
        <translation>Services von %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ocd::ActionProgressModel</name>
    <message>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ocd::ActionRunner</name>
    <message>
        <source>%1: an action is already queued or running; this request was ignored.</source>
        <translation>%1: Eine Aktion wartet bereits oder läuft; diese Anfrage wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1: no action backend is configured.</source>
        <translation>%1: Kein Aktions-Backend konfiguriert.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Cancelled before it started</source>
        <translation>Vor dem Start abgebrochen</translation>
    </message>
</context>
<context>
    <name>ocd::ActionsController</name>
    <message>
        <source>Restart of %1</source>
        <translation>Neustart von %1</translation>
    </message>
    <message>
        <source>Failover of %1 to %2</source>
        <translation>Failover von %1 auf %2</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is UP again since %2 (%3).</source>
        <translation>%1 ist seit %2 wieder UP (%3).</translation>
    </message>
    <message>
        <source>%1 is UP.</source>
        <translation>%1 ist UP.</translation>
    </message>
    <message>
        <source>%1 is %2 since %3 (%4).</source>
        <translation>%1 ist seit %3 %2 (%4).</translation>
    </message>
    <message>
        <source>Last boot %1 (%2 ago).</source>
        <translation>Letzter Systemstart: %1 (vor %2).</translation>
    </message>
    <message>
        <source>Last boot unknown (no uptime value reported).</source>
        <translation>Letzter Systemstart unbekannt (kein Uptime-Wert gemeldet).</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unerreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n VM(s) down.</source>
        <translation>
            <numerusform>%1 von %n VM down.</numerusform>
            <numerusform>%1 von %n VMs down.</numerusform>
        </translation>
    </message>
    <message>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>%1 %2 now, %3 over 15 min (%4 %2 … %5 %2 in 30 min).</source>
        <translation>%1 %2 aktuell, in den letzten 15 min %3 (%4 %2 … %5 %2 in 30 min).</translation>
    </message>
    <message>
        <source>No temperature sensor reported.</source>
        <translation>Kein Temperatursensor gemeldet.</translation>
    </message>
    <message>
        <source>%1 vCPUs, %2 GB free</source>
        <translation>%1 vCPUs, %2 GB frei</translation>
    </message>
    <message>
        <source>free capacity unknown</source>
        <translation>freie Kapazität unbekannt</translation>
    </message>
    <message>
        <source>not UP</source>
        <translation>nicht UP</translation>
    </message>
    <message>
        <source>room for the VMs that are down</source>
        <translation>Platz für die ausgefallenen VMs</translation>
    </message>
    <message>
        <source>too small for %1 vCPUs, %2 GB</source>
        <translation>zu klein für %1 vCPUs, %2 GB</translation>
    </message>
    <message>
        <source>No action backend is configured for this connection.</source>
        <translation>Für diese Verbindung ist kein Aktions-Backend konfiguriert.</translation>
    </message>
    <message numerus="yes">
        <source>Define and start %n VM(s) (%1) of %2 on %3. They must not run on %2 any more: %2 has to stay off until they are moved back.</source>
        <translation>
            <numerusform>%n VM (%1) von %2 auf %3 definieren und starten. Sie darf nicht mehr auf %2 laufen: %2 muss ausgeschaltet bleiben, bis sie zurückverschoben ist.</numerusform>
            <numerusform>%n VMs (%1) von %2 auf %3 definieren und starten. Sie dürfen nicht mehr auf %2 laufen: %2 muss ausgeschaltet bleiben, bis sie zurückverschoben sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n VM(s) on %1: %2. At most %3 at the same time.</source>
        <translation>
            <numerusform>%n VM auf %1 neu starten: %2. Höchstens %3 gleichzeitig.</numerusform>
            <numerusform>%n VMs auf %1 neu starten: %2. Höchstens %3 gleichzeitig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) queued.</source>
        <translation>
            <numerusform>%n Aktion wartet.</numerusform>
            <numerusform>%n Aktionen warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No VM selected.</source>
        <translation>Keine VM ausgewählt.</translation>
    </message>
    <message>
        <source>%1 is not a VM of %2.</source>
        <translation>%1 ist keine VM von %2.</translation>
    </message>
    <message>
        <source>%1 is DOWN: its VMs cannot be restarted there. Fail them over, or wait until it is UP.</source>
        <translation>%1 ist DOWN: Seine VMs können dort nicht neu gestartet werden. Schalten Sie sie per Failover um, oder warten Sie, bis er UP ist.</translation>
    </message>
    <message>
        <source>Type the host name %1 exactly to confirm the failover.</source>
        <translation>Geben Sie zur Bestätigung des Failovers genau den Hostnamen %1 ein.</translation>
    </message>
    <message>
        <source>Choose a standby host other than %1.</source>
        <translation>Wählen Sie einen anderen Standby-Host als %1.</translation>
    </message>
    <message>
        <source>%1 is not DOWN: failing its VMs over would run them twice. Restart them instead.</source>
        <translation>%1 ist nicht DOWN: Ein Failover seiner VMs würde sie doppelt laufen lassen. Starten Sie sie stattdessen neu.</translation>
    </message>
    <message>
        <source>%1 is not UP and cannot take the VMs.</source>
        <translation>%1 ist nicht UP und kann die VMs nicht übernehmen.</translation>
    </message>
</context>
<context>
    <name>ocd::AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>Das Audit-Protokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ocd::BigBlueButtonProvider</name>
    <message>
        <source>Incident %1</source>
        <translation>Störung %1</translation>
    </message>
    <message numerus="yes">
        <source>The BigBlueButton server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der BigBlueButton-Server %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der BigBlueButton-Server %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 answered with HTTP status %2%3 instead of creating the room.</source>
        <translation>Der BigBlueButton-Server %1 hat mit HTTP-Status %2%3 geantwortet, statt den Raum zu erstellen.</translation>
    </message>
    <message>
        <source>The answer from %1 is not a BigBlueButton API response. Check the API address; it usually ends in /bigbluebutton/api.</source>
        <translation>Die Antwort von %1 ist keine Antwort der BigBlueButton-API. Prüfen Sie die API-Adresse; sie endet meist auf /bigbluebutton/api.</translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 refused the connection. Check the API address and whether the server is running.</source>
        <translation>Der BigBlueButton-Server %1 hat die Verbindung abgelehnt. Prüfen Sie die API-Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 was not found. Check the API address.</source>
        <translation>Der BigBlueButton-Server %1 wurde nicht gefunden. Prüfen Sie die API-Adresse.</translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 closed the connection without answering.</source>
        <translation>Der BigBlueButton-Server %1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The connection to the BigBlueButton server %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zum BigBlueButton-Server %1.</translation>
    </message>
    <message>
        <source>No secure connection to the BigBlueButton server %1: %2</source>
        <translation>Keine sichere Verbindung zum BigBlueButton-Server %1: %2</translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 could not be reached: %2</source>
        <translation>Der BigBlueButton-Server %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 rejected the request&apos;s checksum: the shared secret (or the checksum algorithm) does not match the server&apos;s. Compare it with `bbb-conf --secret` on the server.</source>
        <translation>Der BigBlueButton-Server %1 hat die checksum der Anfrage abgelehnt: Das Shared Secret (oder der checksum-Algorithmus) stimmt nicht mit dem des Servers überein. Vergleichen Sie es mit `bbb-conf --secret` auf dem Server.</translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 did not create the room.</source>
        <translation>Der BigBlueButton-Server %1 hat den Raum nicht erstellt.</translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 did not create the room: %2</source>
        <translation>Der BigBlueButton-Server %1 hat den Raum nicht erstellt: %2</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollege</translation>
    </message>
    <message>
        <source>The BigBlueButton API address “%1” is not a web address (http:// or https://). Check the conference settings.</source>
        <translation>Die BigBlueButton-API-Adresse „%1“ ist keine Webadresse (http:// oder https://). Prüfen Sie die Konferenzeinstellungen.</translation>
    </message>
    <message>
        <source>The BigBlueButton shared secret is missing. It is shown by `bbb-conf --secret` on the server.</source>
        <translation>Das Shared Secret für BigBlueButton fehlt. Es wird auf dem Server von `bbb-conf --secret` angezeigt.</translation>
    </message>
</context>
<context>
    <name>ocd::CertificateProbe</name>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 ist nicht lesbar oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 is trusted.</source>
        <translation>Dem Zertifikat von %1 wird vertraut.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not verifiable but it is the one trusted explicitly (SHA-256 fingerprint %2).</source>
        <translation>Das Zertifikat von %1 ist nicht überprüfbar, aber es ist das ausdrücklich vertraute Zertifikat (SHA-256-Fingerabdruck %2).</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1.</source>
        <translation>Sein SHA-256-Fingerabdruck lautet %1.</translation>
    </message>
    <message>
        <source>Connection refused by %1.</source>
        <translation>Verbindung von %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>Der Servername %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The secure connection could not be established: %1</source>
        <translation>Die sichere Verbindung konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>Connection problem: %1</source>
        <translation>Verbindungsproblem: %1</translation>
    </message>
</context>
<context>
    <name>ocd::ConnectionTester</name>
    <message>
        <source>The demo data center needs no connection.</source>
        <translation>Das Demo-Rechenzentrum braucht keine Verbindung.</translation>
    </message>
    <message>
        <source>The server at %1 answered, but not like the Icinga 2 API.</source>
        <translation>Der Server unter %1 hat geantwortet, aber nicht wie die Icinga-2-API.</translation>
    </message>
    <message>
        <source>The server at %1 answered the host query with something that is not a list of hosts.</source>
        <translation>Der Server unter %1 hat auf die Host-Abfrage mit etwas geantwortet, das keine Liste von Hosts ist.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to Icinga 2 %1 as %2: %n host(s) visible.</source>
        <translation>
            <numerusform>Verbunden mit Icinga 2 %1 als %2: %n Host sichtbar.</numerusform>
            <numerusform>Verbunden mit Icinga 2 %1 als %2: %n Hosts sichtbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1.</source>
        <translation>Sein SHA-256-Fingerabdruck lautet %1.</translation>
    </message>
    <message>
        <source>It is not the certificate trusted for this connection.</source>
        <translation>Es ist nicht das vertraute Zertifikat dieser Verbindung.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Der Server hat mit einem unerwarteten Status geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ocd::DemoActionBackend</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo data center is not running.</source>
        <translation>Das Demo-Rechenzentrum läuft nicht.</translation>
    </message>
    <message>
        <source>Booting %1</source>
        <translation>%1 fährt hoch</translation>
    </message>
    <message>
        <source>Starting %1 on %2</source>
        <translation>%1 wird auf %2 gestartet</translation>
    </message>
    <message>
        <source>Done (exit code 0).</source>
        <translation>Erledigt (Exit-Code 0).</translation>
    </message>
    <message>
        <source>Failed with exit code 1.</source>
        <translation>Fehlgeschlagen mit Exit-Code 1.</translation>
    </message>
</context>
<context>
    <name>ocd::DemoDataCenter</name>
    <message>
        <source>Demo data center</source>
        <translation>Demo-Rechenzentrum</translation>
    </message>
    <message>
        <source>demo user</source>
        <translation>Demo-Benutzer</translation>
    </message>
    <message>
        <source>Host unreachable: parent %1 is down</source>
        <translation>Host unerreichbar: übergeordneter Host %1 ist DOWN</translation>
    </message>
    <message>
        <source>%1: not permitted for this user, or the object does not exist.</source>
        <translation>%1: für diesen Benutzer nicht erlaubt, oder das Objekt existiert nicht.</translation>
    </message>
    <message>
        <source>%1: the object is OK, there is nothing to acknowledge.</source>
        <translation>%1: Das Objekt ist OK, es gibt nichts zu quittieren.</translation>
    </message>
    <message>
        <source>%1: already acknowledged.</source>
        <translation>%1: bereits quittiert.</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alarm(s).</source>
        <translation>
            <numerusform>%n Alarm quittiert.</numerusform>
            <numerusform>%n Alarme quittiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the acknowledgement of %n alarm(s).</source>
        <translation>
            <numerusform>Quittierung von %n Alarm entfernt.</numerusform>
            <numerusform>Quittierung von %n Alarmen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check of %n object(s) scheduled now.</source>
        <translation>
            <numerusform>Prüfung von %n Objekt jetzt eingeplant.</numerusform>
            <numerusform>Prüfung von %n Objekten jetzt eingeplant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downtime scheduled for %n object(s).</source>
        <translation>
            <numerusform>Wartungsfenster für %n Objekt geplant.</numerusform>
            <numerusform>Wartungsfenster für %n Objekte geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not known.</source>
        <translation>%1 ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>Kommentar hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ocd::Desk</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Loading the current state from %1 …</source>
        <translation>Lade den aktuellen Stand von %1 …</translation>
    </message>
    <message>
        <source>Live (demo data)</source>
        <translation>Live (Demodaten)</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Live: %1</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reconnecting since %1</source>
        <translation>Verbindung unterbrochen seit %1</translation>
    </message>
    <message>
        <source>%1 — %2 Next try in %3 s.</source>
        <translation>%1 — %2 Nächster Versuch in %3 s.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Please write a comment: colleagues need to know who is on it and why.</source>
        <translation>Bitte schreiben Sie einen Kommentar: Die Kollegen müssen wissen, wer dran ist und warum.</translation>
    </message>
    <message>
        <source>A downtime needs a comment and a duration.</source>
        <translation>Ein Wartungsfenster braucht einen Kommentar und eine Dauer.</translation>
    </message>
    <message>
        <source>%1 — %2 Trying again now …</source>
        <translation>%1 — %2 Versuche es jetzt erneut …</translation>
    </message>
</context>
<context>
    <name>ocd::FreedesktopNotifier</name>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>ocd::Icinga2CommandBackend</name>
    <message>
        <source>No command is configured for this action in the connection profile.</source>
        <translation>Im Verbindungsprofil ist für diese Aktion kein Befehl konfiguriert.</translation>
    </message>
    <message>
        <source>Icinga 2 %1 cannot run commands on request (execute-command needs 2.13 or later).</source>
        <translation>Icinga 2 %1 kann keine Befehle auf Anfrage ausführen (execute-command erfordert 2.13 oder neuer).</translation>
    </message>
    <message>
        <source>The API user &quot;%1&quot; may not run commands (it lacks the permission %2). This profile is read-only for VM actions; an Icinga administrator can grant it.</source>
        <translation>Der API-Benutzer „%1“ darf keine Befehle ausführen (ihm fehlt die Berechtigung %2). Für VM-Aktionen ist dieses Profil nur lesend; ein Icinga-Administrator kann die Berechtigung erteilen.</translation>
    </message>
    <message>
        <source>The server has no EventCommand &quot;%1&quot;. An Icinga administrator must add it (see README).</source>
        <translation>Der Server hat kein EventCommand „%1“. Ein Icinga-Administrator muss es anlegen (siehe README).</translation>
    </message>
    <message>
        <source>Could not learn the server&apos;s endpoint name (%1). Set the endpoint in the connection profile.</source>
        <translation>Der Endpoint-Name des Servers konnte nicht ermittelt werden (%1). Tragen Sie den Endpoint im Verbindungsprofil ein.</translation>
    </message>
    <message>
        <source>no node name</source>
        <translation>kein Node-Name</translation>
    </message>
    <message>
        <source>Accepted by Icinga 2; running &quot;%1&quot; on endpoint %2.</source>
        <translation>Von Icinga 2 angenommen; „%1“ läuft auf Endpoint %2.</translation>
    </message>
    <message>
        <source>Icinga 2 does not know a host named &quot;%1&quot;.</source>
        <translation>Icinga 2 kennt keinen Host namens „%1“.</translation>
    </message>
    <message>
        <source>Icinga 2 refused to run the command for %1: %2</source>
        <translation>Icinga 2 hat die Ausführung des Befehls für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Done on endpoint %1 (exit code 0).</source>
        <translation>Erledigt auf Endpoint %1 (Exit-Code 0).</translation>
    </message>
    <message>
        <source>The command failed on endpoint %1 with exit code %2.</source>
        <translation>Der Befehl ist auf Endpoint %1 mit Exit-Code %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No result within the deadline of %1 s; the command may still be running on endpoint %2. Check the VM before trying again.</source>
        <translation>Kein Ergebnis innerhalb der Frist von %1 s; der Befehl läuft möglicherweise noch auf Endpoint %2. Prüfen Sie die VM, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>ocd::Icinga2Source</name>
    <message>
        <source>The server ended the event stream (reload or restart).</source>
        <translation>Der Server hat den Event-Stream beendet (Reload oder Neustart).</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alarm(s).</source>
        <translation>
            <numerusform>%n Alarm quittiert.</numerusform>
            <numerusform>%n Alarme quittiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the acknowledgement of %n alarm(s).</source>
        <translation>
            <numerusform>Quittierung von %n Alarm entfernt.</numerusform>
            <numerusform>Quittierung von %n Alarmen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check of %n object(s) scheduled now.</source>
        <translation>
            <numerusform>Prüfung von %n Objekt jetzt eingeplant.</numerusform>
            <numerusform>Prüfung von %n Objekten jetzt eingeplant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downtime scheduled for %n object(s).</source>
        <translation>
            <numerusform>Wartungsfenster für %n Objekt geplant.</numerusform>
            <numerusform>Wartungsfenster für %n Objekte geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>Kommentar hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ocd::IncidentTracker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n alarm(s) recovered (MTTR %1).</source>
        <translation>
            <numerusform>%n Alarm wiederhergestellt (MTTR %1).</numerusform>
            <numerusform>Alle %n Alarme wiederhergestellt (MTTR %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident opened: %1</source>
        <translation>Störung eröffnet: %1</translation>
    </message>
    <message>
        <source>%1 acknowledged: %2</source>
        <translation>%1 quittiert: %2</translation>
    </message>
    <message>
        <source>%1 is not known to the monitoring.</source>
        <translation>%1 ist dem Monitoring nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 already belongs to the open incident &quot;%2&quot;.</source>
        <translation>%1 gehört bereits zur offenen Störung „%2“.</translation>
    </message>
    <message>
        <source>Incident opened by hand: %1</source>
        <translation>Störung von Hand eröffnet: %1</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>Die Störung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>An incident that is %1 cannot become %2.</source>
        <translation>Eine Störung mit Status „%1“ kann nicht auf „%2“ wechseln.</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) of this incident are still open; it can be resolved when all have recovered.</source>
        <translation>
            <numerusform>%n Alarm dieser Störung ist noch offen; sie kann erst behoben werden, wenn er wiederhergestellt ist.</numerusform>
            <numerusform>%n Alarme dieser Störung sind noch offen; sie kann erst behoben werden, wenn alle wiederhergestellt sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <source>I&apos;m on it.</source>
        <translation>Ich übernehme.</translation>
    </message>
    <message>
        <source>Takes over from %1.</source>
        <translation>Übernimmt von %1.</translation>
    </message>
</context>
<context>
    <name>ocd::IncidentsController</name>
    <message>
        <source>Restart of %1</source>
        <translation>Neustart von %1</translation>
    </message>
    <message>
        <source>Failover of %1 to %2</source>
        <translation>Failover von %1 auf %2</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 since start</source>
        <translation>%1 seit Beginn</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n colleague(s) online</source>
        <translation>
            <numerusform>%n Kollege online</numerusform>
            <numerusform>%n Kollegen online</numerusform>
        </translation>
    </message>
    <message>
        <source>The note could not be copied to Icinga as a comment: %1</source>
        <translation>Die Notiz konnte nicht als Kommentar nach Icinga übernommen werden: %1</translation>
    </message>
    <message>
        <source>%1 is on it (On-Call Desk).</source>
        <translation>%1 hat übernommen (On-Call Desk).</translation>
    </message>
    <message>
        <source>Unknown state %1.</source>
        <translation>Unbekannter Status %1.</translation>
    </message>
    <message>
        <source>Select an incident first.</source>
        <translation>Wählen Sie zuerst eine Störung.</translation>
    </message>
    <message>
        <source>No conference service is configured.</source>
        <translation>Es ist kein Konferenzdienst konfiguriert.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Störung %1</translation>
    </message>
    <message>
        <source>Conference started: %1</source>
        <translation>Konferenz gestartet: %1</translation>
    </message>
    <message>
        <source>Conference for this incident: %1</source>
        <translation>Konferenz zu dieser Störung: %1</translation>
    </message>
    <message>
        <source>Conference started; the link is in the journal.</source>
        <translation>Konferenz gestartet; der Link steht im Journal.</translation>
    </message>
    <message>
        <source>Review written to %1.</source>
        <translation>Nachbesprechung in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ocd::JitsiProvider</name>
    <message>
        <source>The Jitsi Meet address “%1” is not a web address (http:// or https://). Check the conference settings.</source>
        <translation>Die Adresse „%1“ für Jitsi Meet ist keine Webadresse (http:// oder https://). Prüfen Sie die Konferenzeinstellungen.</translation>
    </message>
</context>
<context>
    <name>ocd::LibvirtBackend</name>
    <message>
        <source>The host the VM runs on is not known.</source>
        <translation>Der Host, auf dem die VM läuft, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>No libvirt URI is configured for the host %1.</source>
        <translation>Für den Host %1 ist keine libvirt-URI konfiguriert.</translation>
    </message>
    <message>
        <source>No libvirt URI is configured for any other host to fail over to.</source>
        <translation>Für keinen anderen Host, auf den ein Failover möglich wäre, ist eine libvirt-URI konfiguriert.</translation>
    </message>
    <message>
        <source>No VM given.</source>
        <translation>Keine VM angegeben.</translation>
    </message>
    <message>
        <source>No target host given for the failover of %1.</source>
        <translation>Kein Zielhost für das Failover von %1 angegeben.</translation>
    </message>
    <message>
        <source>Refused: %1 is the host %2 runs on; fail over to another host.</source>
        <translation>Abgelehnt: %1 ist der Host, auf dem %2 läuft; wählen Sie für das Failover einen anderen Host.</translation>
    </message>
    <message>
        <source>No libvirt URI is configured for the target host %1.</source>
        <translation>Für den Zielhost %1 ist keine libvirt-URI konfiguriert.</translation>
    </message>
    <message>
        <source>Could not save the definition to %1: the folder %2 cannot be created.</source>
        <translation>Die Definition konnte nicht unter %1 gespeichert werden: Der Ordner %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not save the definition to %1: %2</source>
        <translation>Die Definition konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Definition saved to %1</source>
        <translation>Definition unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2): %3</source>
        <translation>Verbindung zu %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>There is no VM named %1 on %2: %3</source>
        <translation>Auf %2 gibt es keine VM namens %1: %3</translation>
    </message>
    <message>
        <source>Could not look up the VM %1 on %2: %3</source>
        <translation>Die VM %1 auf %2 konnte nicht abgefragt werden: %3</translation>
    </message>
    <message>
        <source>Could not read the state of %1 on %2: %3</source>
        <translation>Der Zustand von %1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Could not read the definition of %1 on %2 to keep a copy: %3</source>
        <translation>Die Definition von %1 auf %2 konnte nicht für eine Sicherungskopie gelesen werden: %3</translation>
    </message>
    <message>
        <source>Refused: %1 has crashed on %2, but without its definition it could not be started again after powering it off.</source>
        <translation>Abgelehnt: %1 ist auf %2 abgestürzt, aber ohne ihre Definition ließe sich die VM nach dem Ausschalten nicht wieder starten.</translation>
    </message>
    <message>
        <source>Could not power off %1 on %2: %3</source>
        <translation>%1 konnte auf %2 nicht ausgeschaltet werden: %3</translation>
    </message>
    <message>
        <source>Powered off on %1</source>
        <translation>Auf %1 ausgeschaltet</translation>
    </message>
    <message>
        <source>Could not start %1 on %2: %3</source>
        <translation>%1 konnte auf %2 nicht gestartet werden: %3</translation>
    </message>
    <message>
        <source>%1 had crashed on %2; powered it off and started it again.</source>
        <translation>%1 war auf %2 abgestürzt; ausgeschaltet und wieder gestartet.</translation>
    </message>
    <message>
        <source>Could not restart %1 on %2: %3</source>
        <translation>%1 konnte auf %2 nicht neu gestartet werden: %3</translation>
    </message>
    <message>
        <source>Restarted %1 on %2 (the guest was asked to reboot).</source>
        <translation>%1 auf %2 neu gestartet (das Gastsystem wurde zum Neustart aufgefordert).</translation>
    </message>
    <message>
        <source>%1 was shut off on %2; started it.</source>
        <translation>%1 war auf %2 ausgeschaltet; gestartet.</translation>
    </message>
    <message>
        <source>migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>post-copy migration</source>
        <translation>Post-Copy-Migration</translation>
    </message>
    <message>
        <source>save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>memory dump</source>
        <translation>Speicherabbild</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>Startvorgang</translation>
    </message>
    <message>
        <source>Refused: %1 on %2 is paused for a libvirt job (%3); try again when it has finished.</source>
        <translation>Abgelehnt: %1 auf %2 ist für einen libvirt-Job angehalten (%3); versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <source>Could not resume %1 on %2: %3</source>
        <translation>%1 konnte auf %2 nicht fortgesetzt werden: %3</translation>
    </message>
    <message>
        <source>%1 was paused on %2 after a storage error; resumed it without a reboot. It pauses again if the storage still fails.</source>
        <translation>%1 war auf %2 nach einem Storage-Fehler angehalten; ohne Neustart fortgesetzt. Die VM hält erneut an, wenn der Storage weiterhin ausfällt.</translation>
    </message>
    <message>
        <source>%1 was paused on %2; resumed it without a reboot.</source>
        <translation>%1 war auf %2 angehalten; ohne Neustart fortgesetzt.</translation>
    </message>
    <message>
        <source>Could not wake up %1 on %2: %3</source>
        <translation>%1 konnte auf %2 nicht aufgeweckt werden: %3</translation>
    </message>
    <message>
        <source>%1 was suspended by its guest on %2; woke it up.</source>
        <translation>%1 wurde auf %2 vom Gastsystem in den Ruhezustand versetzt; aufgeweckt.</translation>
    </message>
    <message>
        <source>Refused: %1 is shutting down on %2; start it when it is off.</source>
        <translation>Abgelehnt: %1 fährt auf %2 gerade herunter; starten Sie die VM, wenn sie ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>Refused: libvirt reports no state for %1 on %2 (state %3).</source>
        <translation>Abgelehnt: libvirt meldet keinen Zustand für %1 auf %2 (Zustand %3).</translation>
    </message>
    <message>
        <source>Refused: could not tell whether %1 still runs on %2: %3</source>
        <translation>Abgelehnt: Es ließ sich nicht feststellen, ob %1 noch auf %2 läuft: %3</translation>
    </message>
    <message>
        <source>Refused: %1 is still running on %2; failing over would run it twice.</source>
        <translation>Abgelehnt: %1 läuft noch auf %2; ein Failover würde die VM doppelt laufen lassen.</translation>
    </message>
    <message>
        <source>Could not read the definition of %1 on %2: %3</source>
        <translation>Die Definition von %1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Definition read from %1</source>
        <translation>Definition von %1 gelesen</translation>
    </message>
    <message>
        <source>Autostart switched off on %1</source>
        <translation>Autostart auf %1 ausgeschaltet</translation>
    </message>
    <message>
        <source>Could not switch off autostart on %1 (%2): undefine %3 there before the host starts its VMs again.</source>
        <translation>Autostart auf %1 konnte nicht ausgeschaltet werden (%2): Führen Sie dort undefine für %3 aus, bevor der Host seine VMs wieder startet.</translation>
    </message>
    <message>
        <source>%1 is not defined on %2</source>
        <translation>%1 ist auf %2 nicht definiert</translation>
    </message>
    <message>
        <source>Refused: could not look up %1 on %2: %3</source>
        <translation>Abgelehnt: %1 konnte auf %2 nicht abgefragt werden: %3</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>No definition of %1 to start on %2: %3 did not provide it and there is no saved copy at %4.</source>
        <translation>Keine Definition von %1 zum Starten auf %2: %3 hat sie nicht geliefert, und unter %4 liegt keine gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>Definition read from the saved copy %1</source>
        <translation>Definition aus der gespeicherten Kopie %1 gelesen</translation>
    </message>
    <message>
        <source>Refused: the definition from %1 describes &quot;%3&quot;, not %2.</source>
        <translation>Abgelehnt: Die Definition aus %1 beschreibt „%3“, nicht %2.</translation>
    </message>
    <message>
        <source>Could not connect to the target host %1 (%2): %3</source>
        <translation>Verbindung zum Zielhost %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Refused: %1 is already running on %2.</source>
        <translation>Abgelehnt: %1 läuft bereits auf %2.</translation>
    </message>
    <message>
        <source>Could not look up %1 on %2: %3</source>
        <translation>%1 konnte auf %2 nicht abgefragt werden: %3</translation>
    </message>
    <message>
        <source>Could not define %1 on %2: %3</source>
        <translation>%1 konnte auf %2 nicht definiert werden: %3</translation>
    </message>
    <message>
        <source>Defined on %1</source>
        <translation>Auf %1 definiert</translation>
    </message>
    <message>
        <source>%1 is defined on %2 but did not start: %3</source>
        <translation>%1 ist auf %2 definiert, aber nicht gestartet: %3</translation>
    </message>
    <message>
        <source>Started on %1</source>
        <translation>Auf %1 gestartet</translation>
    </message>
    <message>
        <source>%1 now runs on %2 (failed over from %3).</source>
        <translation>%1 läuft jetzt auf %2 (Failover von %3).</translation>
    </message>
</context>
<context>
    <name>ocd::MembersController</name>
    <message>
        <source>Give the call a topic or a summary.</source>
        <translation>Geben Sie dem Anruf ein Thema oder eine Zusammenfassung.</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Response to %1 (%2): %3</source>
        <translation>Rückmeldung an %1 (%2): %3</translation>
    </message>
    <message>
        <source>Call from %1 (%2): %3</source>
        <translation>Anruf von %1 (%2): %3</translation>
    </message>
    <message>
        <source>handed over to %1</source>
        <translation>übergeben an %1</translation>
    </message>
    <message>
        <source>Response to %1 recorded.</source>
        <translation>Rückmeldung an %1 erfasst.</translation>
    </message>
    <message>
        <source>Call from %1 logged.</source>
        <translation>Anruf von %1 erfasst.</translation>
    </message>
    <message>
        <source>No members known for this host.</source>
        <translation>Für diesen Host sind keine Mitglieder bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) affected, %1 with Extended Support</source>
        <translation>
            <numerusform>%n Mitglied betroffen, %1 mit Extended Support</numerusform>
            <numerusform>%n Mitglieder betroffen, davon %1 mit Extended Support</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>no members</source>
        <translation>keine Mitglieder</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported.</source>
        <translation>
            <numerusform>%n Mitglied importiert.</numerusform>
            <numerusform>%n Mitglieder importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>ocd::ProfileStore</name>
    <message>
        <source>The connection profiles in %1 cannot be read.</source>
        <translation>Die Verbindungen in %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The connection profiles in %1 cannot be read, so they are not overwritten.</source>
        <translation>Die Verbindungen in %1 können nicht gelesen werden und werden daher nicht überschrieben.</translation>
    </message>
    <message>
        <source>The connection profiles could not be saved to %1.</source>
        <translation>Die Verbindungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>A connection with this id exists already.</source>
        <translation>Eine Verbindung mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <source>The connection to be changed no longer exists.</source>
        <translation>Die zu ändernde Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The connection to be removed no longer exists.</source>
        <translation>Die zu entfernende Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no such connection.</source>
        <translation>Diese Verbindung gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>ocd::ProfilesController</name>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved; the password is in the keyring.</source>
        <translation>Gespeichert; das Passwort liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The demo needs no connection.</source>
        <translation>Die Demo braucht keine Verbindung.</translation>
    </message>
    <message>
        <source>Please enter the password.</source>
        <translation>Bitte geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Diese Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Showing the demo data center.</source>
        <translation>Das Demo-Rechenzentrum wird angezeigt.</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
</context>
<context>
    <name>ocd::SecretStore</name>
    <message>
        <source>no details.</source>
        <translation>keine Details.</translation>
    </message>
    <message>
        <source>The connection has no id, so its password cannot be looked up.</source>
        <translation>Die Verbindung hat keine ID, daher kann ihr Passwort nicht nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>No password is stored in the keyring for this connection.</source>
        <translation>Für diese Verbindung ist kein Passwort im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keyring was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The password could not be removed from the keyring: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The keyring is locked or not available: %1</source>
        <translation>Der Schlüsselbund ist gesperrt oder nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The password was not saved.</source>
        <translation>Das Passwort wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The keyring did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>ocd::SqlIncidentStore</name>
    <message>
        <source>Cannot create the folder %1 for the incident database.</source>
        <translation>Der Ordner %1 für die Störungsdatenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The incident database %1 is not a file.</source>
        <translation>Die Störungsdatenbank %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The incident database %1 is read-only; On-Call Desk needs to write to it.</source>
        <translation>Die Störungsdatenbank %1 ist schreibgeschützt; On-Call Desk muss darin schreiben können.</translation>
    </message>
    <message>
        <source>Cannot create the incident database %1: the folder is not writable.</source>
        <translation>Die Störungsdatenbank %1 kann nicht angelegt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open the incident database %1: %2</source>
        <translation>Die Störungsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an On-Call Desk database, or it is damaged (%2).</source>
        <translation>%1 ist keine Datenbank von On-Call Desk oder ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>The SQLite library on this computer is too old (%1); On-Call Desk needs %2 or newer.</source>
        <translation>Die SQLite-Bibliothek auf diesem Computer ist zu alt (%1); On-Call Desk benötigt %2 oder neuer.</translation>
    </message>
    <message>
        <source>Cannot switch the incident database %1 to write-ahead logging (%2).</source>
        <translation>Die Störungsdatenbank %1 kann nicht auf Write-Ahead-Logging umgestellt werden (%2).</translation>
    </message>
    <message>
        <source>Cannot configure the incident database %1 (%2).</source>
        <translation>Die Störungsdatenbank %1 kann nicht konfiguriert werden (%2).</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (package libqt6sql6-psql) is not installed.</source>
        <translation>Der PostgreSQL-Treiber von Qt (Paket libqt6sql6-psql) ist nicht installiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid SSL mode for the team database.</source>
        <translation>„%1“ ist kein gültiger SSL-Modus für die Team-Datenbank.</translation>
    </message>
    <message>
        <source>Cannot subscribe to the change notifications of the team database %1 (%2).</source>
        <translation>Die Änderungsbenachrichtigungen der Team-Datenbank %1 können nicht abonniert werden (%2).</translation>
    </message>
    <message>
        <source>Cannot find the team database server %1 (%2).</source>
        <translation>Der Team-Datenbankserver %1 wurde nicht gefunden (%2).</translation>
    </message>
    <message>
        <source>Cannot reach the team database server %1 (%2). Is PostgreSQL running there, and does the network let this computer through?</source>
        <translation>Der Team-Datenbankserver %1 ist nicht erreichbar (%2). Läuft dort PostgreSQL, und lässt das Netzwerk diesen Computer durch?</translation>
    </message>
    <message>
        <source>The team database server %1 refused the password for user %2 (or there is no such user).</source>
        <translation>Der Team-Datenbankserver %1 hat das Passwort für den Benutzer %2 abgelehnt (oder diesen Benutzer gibt es nicht).</translation>
    </message>
    <message>
        <source>There is no database %1 on the team database server %2.</source>
        <translation>Auf dem Team-Datenbankserver %2 gibt es keine Datenbank %1.</translation>
    </message>
    <message>
        <source>The team database server %1 does not let user %2 connect to database %3 from this computer (pg_hba.conf).</source>
        <translation>Der Team-Datenbankserver %1 lässt den Benutzer %2 von diesem Computer aus nicht mit der Datenbank %3 verbinden (pg_hba.conf).</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1 on %2: %3</source>
        <translation>Verbindung zur Team-Datenbank %1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The incident database is not open.</source>
        <translation>Die Störungsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The connection to the team database is lost and reconnecting failed: %1</source>
        <translation>Die Verbindung zur Team-Datenbank ist unterbrochen, und der erneute Verbindungsaufbau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: the connection to the team database %2 is lost (%3). The desk reconnects by itself.</source>
        <translation>%1: Die Verbindung zur Team-Datenbank %2 ist unterbrochen (%3). Der Desk verbindet sich selbstständig neu.</translation>
    </message>
    <message>
        <source>%1: the incident database is locked by another program (%2).</source>
        <translation>%1: Die Störungsdatenbank ist von einem anderen Programm gesperrt (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unexpected file %1 among the database migrations.</source>
        <translation>Unerwartete Datei %1 unter den Datenbankmigrationen.</translation>
    </message>
    <message>
        <source>The database migrations in %1 are not numbered 1, 2, 3, ...</source>
        <translation>Die Datenbankmigrationen in %1 sind nicht fortlaufend mit 1, 2, 3, ... nummeriert.</translation>
    </message>
    <message>
        <source>No database migrations found in %1.</source>
        <translation>In %1 wurden keine Datenbankmigrationen gefunden.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1 (%2).</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The incident database %1 has schema version %2, which is newer than this version of On-Call Desk understands (up to %3). Update On-Call Desk, or choose another database file.</source>
        <translation>Die Störungsdatenbank %1 hat die Schemaversion %2; diese Version von On-Call Desk versteht nur Versionen bis %3. Aktualisieren Sie On-Call Desk, oder wählen Sie eine andere Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1 (%2).</source>
        <translation>Die Tabellen von %1 können nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not an On-Call Desk database (it has tables but no schema version). Choose another file.</source>
        <translation>%1 ist keine Datenbank von On-Call Desk (sie enthält Tabellen, aber keine Schemaversion). Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>A copy from before the upgrade is in %1.</source>
        <translation>Eine Kopie vom Stand vor dem Upgrade liegt in %1.</translation>
    </message>
    <message>
        <source>Cannot back up the incident database to %1 before upgrading it (%2). Nothing was changed.</source>
        <translation>Die Störungsdatenbank kann vor dem Upgrade nicht nach %1 gesichert werden (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the team database %1 (%2).</source>
        <translation>Die Schemaversion der Team-Datenbank %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The team database %1 has schema version %2, which is newer than this version of On-Call Desk understands (up to %3). Update On-Call Desk on this computer.</source>
        <translation>Die Team-Datenbank %1 hat die Schemaversion %2; diese Version von On-Call Desk versteht nur Versionen bis %3. Aktualisieren Sie On-Call Desk auf diesem Computer.</translation>
    </message>
    <message>
        <source>Cannot read the database migration %1.</source>
        <translation>Die Datenbankmigration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema version %2 (%3). The database was left unchanged.</source>
        <translation>%1 kann nicht auf Schemaversion %2 aktualisiert werden (%3). Die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot save the incident &quot;%1&quot;</source>
        <translation>Die Störung „%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: it has no id.</source>
        <translation>%1: Sie hat keine ID.</translation>
    </message>
    <message>
        <source>Cannot read the incidents</source>
        <translation>Die Störungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot add to the journal of incident %1</source>
        <translation>Das Journal der Störung %1 kann nicht ergänzt werden</translation>
    </message>
    <message>
        <source>Cannot read the journal of incident %1</source>
        <translation>Das Journal der Störung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot tell the team database that %1 is online</source>
        <translation>Der Team-Datenbank kann nicht mitgeteilt werden, dass %1 online ist</translation>
    </message>
    <message>
        <source>Cannot read who is online</source>
        <translation>Es kann nicht gelesen werden, wer online ist</translation>
    </message>
    <message>
        <source>Cannot store members without saying where they come from.</source>
        <translation>Mitglieder können nicht ohne Angabe ihrer Herkunft gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot store the members from %1</source>
        <translation>Die Mitglieder aus %1 können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: the member &quot;%2&quot; has no id.</source>
        <translation>%1: Das Mitglied „%2“ hat keine ID.</translation>
    </message>
    <message>
        <source>%1 (member %2)</source>
        <translation>%1 (Mitglied %2)</translation>
    </message>
    <message>
        <source>Cannot read the members</source>
        <translation>Die Mitglieder können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot log the call</source>
        <translation>Der Anruf kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot save call %1</source>
        <translation>Anruf %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: there is no such call (any more).</source>
        <translation>%1: Diesen Anruf gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>Cannot read the calls</source>
        <translation>Die Anrufe können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ocd::TrayIcon</name>
    <message>
        <source>Show On-Call Desk</source>
        <translation>On-Call Desk anzeigen</translation>
    </message>
    <message>
        <source>Snooze alarms for 15 minutes</source>
        <translation>Alarme 15 Minuten stummschalten</translation>
    </message>
    <message>
        <source>Snooze alarms for 60 minutes</source>
        <translation>Alarme 60 Minuten stummschalten</translation>
    </message>
    <message>
        <source>End snooze</source>
        <translation>Stummschaltung beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>On-Call Desk</source>
        <translation>On-Call Desk</translation>
    </message>
    <message>
        <source>The monitoring feed is down: states may be out of date.</source>
        <translation>Der Monitoring-Feed ist unterbrochen: Zustände sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Down: %1 · Critical: %2 · Warning: %3 · Unknown: %4</source>
        <translation>Down: %1 · Kritisch: %2 · Warnung: %3 · Unbekannt: %4</translation>
    </message>
    <message>
        <source>Unacknowledged: %1</source>
        <translation>Nicht quittiert: %1</translation>
    </message>
    <message>
        <source>Alarms snoozed until %1</source>
        <translation>Alarme stumm bis %1</translation>
    </message>
</context>
</TS>
