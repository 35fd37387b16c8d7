<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge %1 alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. On it, checking the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the other contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky (until the object is OK again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, the acknowledgement ends at the next change of state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionProgressList</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs started at the same time: a boot storm heats a host that just came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message>
        <source>No problems match. All quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the monitoring server …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlarmRow</name>
    <message>
        <source>State since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ acknowledged by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏸ in downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇣ unreachable: parent down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlarmRules</name>
    <message>
        <source>PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOFT %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>On-Call Desk: live alarms, topology and actions for the person on duty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo data center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, load the user interface with the demo data, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (de or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icinga 2 API URL, e.g. https://icinga:5665.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icinga 2 API user (password from ONCALL_DESK_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (PEM) that signed the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the server certificate must carry, if not the URL&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds per story minute in the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo story at this minute (0-29).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Icinga 2 URL must start with https:// (the API only speaks TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Icinga 2 URL needs a user: --icinga-user or user= in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the running desk&apos;s summary and exit: 0 OK, 1 warning, 2 critical, 3 feed down or not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --status: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the system tray without showing the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a secret from standard input and keep it in the keyring under &lt;name&gt; (team-database, bigbluebutton), then exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Record a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no incident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number / address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found by number: search by name below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a member by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nextcloud slow after the reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the member said, what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the colleague who looks after the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsPane</name>
    <message>
        <source>Search topic, summary or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed over to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPane</name>
    <message>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare across hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No performance data for this object yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alarm to see its sensor charts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (for the command and the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. host rebooted, VMs did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>The list below shows the last known state and may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the Icinga 2 API, e.g. https://icinga.example.org:5665.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address: use e.g. https://icinga.example.org:5665.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 must start with https:// (the Icinga 2 API only speaks TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 must not contain a user name or password: enter them in their own fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the Icinga 2 API user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <source>On-Call Desk is not running on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Call Desk is already running: its window was raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Call Desk is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keyring as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select an alarm to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: a parent host is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expires %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DowntimeDialog</name>
    <message>
        <source>Schedule downtime for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule downtime for %1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kernel update, reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts now, lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include all services of the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include child hosts (VMs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostActionsPane</name>
    <message>
        <source>%1 is UP: failover is for a host that stays down (its VMs would run twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standby host is known (host vars standby, free_vcpus, free_memory_gb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is DOWN: its VMs cannot start there until it is UP again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alarm of a host or VM to see the facts and the actions for its host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action queued or running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restart %n VM(s)…</source>
        <translation>
            <numerusform>Restart %n VM…</numerusform>
            <numerusform>Restart %n VMs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fail over to a standby host</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fail over %n VM(s)…</source>
        <translation>
            <numerusform>Fail over %n VM…</numerusform>
            <numerusform>Fail over %n VMs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fail over from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart VMs on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Icinga2ErrorText</name>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name or password rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted for this user, or the object does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the server (or not permitted for this user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object is OK: there is nothing to acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry time lies in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to carry out the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not ready yet (still starting or reloading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error: %1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1: is Icinga 2 running with the API feature enabled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be established: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Icinga2ObjectParser</name>
    <message>
        <source>The server&apos;s answer about %1 is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer about %1 holds no result list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPane</name>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n open incident</numerusform>
            <numerusform>%n open incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s)</source>
        <translation>
            <numerusform>%n alarm</numerusform>
            <numerusform>%n alarms</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents. One opens by itself for a HARD problem of a physical host; Alarm → Open incident opens one by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n alarm(s) open</source>
        <translation>
            <numerusform>%1 of %n alarm open</numerusform>
            <numerusform>%1 of %n alarms open</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has claimed it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a room on %1, posts the link to the journal and opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conference service is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note for the team (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Call Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &amp;downtime…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO · story time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter host, service, output (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show problems that have not been confirmed yet (SOFT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected alarms (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the selected objects now (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a downtime (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recheck now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move, extend the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the current alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound for critical alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) shown · sorted by severity, then newest first</source>
        <translation>
            <numerusform>%n alarm shown · sorted by severity, then newest first</numerusform>
            <numerusform>%n alarms shown · sorted by severity, then newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ with Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only alarms of %1 and what depends on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VM actions for this host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;incident for this alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (*.csv *.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDirectory</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns, at least id and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: id and name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON array of members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1: id and name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable host(s)</source>
        <translation>
            <numerusform>%n unreachable host</numerusform>
            <numerusform>%n unreachable hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable service(s)</source>
        <translation>
            <numerusform>%n unreachable service</numerusform>
            <numerusform>%n unreachable services</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer monitored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new problems</source>
        <translation>
            <numerusform>%n new problem</numerusform>
            <numerusform>%n new problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged problems</source>
        <translation>
            <numerusform>%n unacknowledged problem</numerusform>
            <numerusform>%n unacknowledged problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring feed lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring feed is down since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring feed restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring feed is live again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerfdataParser</name>
    <message>
        <source>&apos;%1&apos;: the value is unknown (U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown unit &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 %3 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the critical threshold &apos;%2&apos; is not a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the warning threshold &apos;%2&apos; is not a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the maximum &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the minimum &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: fields after the fifth were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The performance data is longer than %1 characters; the rest was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 items; the rest was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the quote of the label is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not label=value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to On-Call Desk. Connect it to your Icinga 2 below, or close this dialog and keep exploring the demo data center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved connection could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icinga 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://icinga-master1.example.org:5665 (one per line; a second master is tried when the first fails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stored in the keyring; type to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file that signed the API certificate (empty: system certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the certificate, if the URL uses another (e.g. an IP address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server presented a certificate that is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the server&apos;s: openssl x509 -noout -fingerprint -sha256 -in /var/lib/icinga2/certs/&lt;node&gt;.crt. Trust it only if both match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseClock</name>
    <message>
        <source>Standard Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended Support %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered %1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left, paused (no main hours ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left, paused until %2 (standard support runs in main hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Incident review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensors during the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start → end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by On-Call Desk on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceHours</name>
    <message>
        <source>New Year&apos;s Day</source>
        <extracomment>German: Neujahr</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epiphany</source>
        <extracomment>German: Heilige Drei Könige</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <extracomment>German: Internationaler Frauentag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <extracomment>German: Karfreitag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <extracomment>German: Ostermontag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <extracomment>German: Tag der Arbeit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <extracomment>German: Christi Himmelfahrt</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <extracomment>German: Pfingstmontag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <extracomment>German: Fronleichnam</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <extracomment>German: Mariä Himmelfahrt</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World Children&apos;s Day</source>
        <extracomment>German: Weltkindertag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German Unity Day</source>
        <extracomment>German: Tag der Deutschen Einheit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reformation Day</source>
        <extracomment>German: Reformationstag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <extracomment>German: Allerheiligen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of Repentance and Prayer</source>
        <extracomment>German: Buß- und Bettag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <extracomment>German: 1. Weihnachtstag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <extracomment>German: 2. Weihnachtstag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours: the entry “%1” in %2= is not of the form “Mon-Fri 08:00-20:00”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours: the entry “%1” in %2= names an unknown day; use Mon, Tue, Wed, Thu, Fri, Sat, Sun (or Mo, Di, Mi, Do, Fr, Sa, So).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours: the entry “%1” in %2= has a time that does not exist; times run from 00:00 to 24:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours: the entry “%1” in %2= ends before it starts; write a period across midnight as two entries, e.g. “Fri 20:00-24:00, Sat 00:00-02:00”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours: the rule for day %1 from %2 to %3 is not a period of one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours: two entries for %1 overlap on %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours: %1 and %2 overlap on %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours: “%1” in holidayRegions= is not a German state; use the state codes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours: “%1” in extraHolidays= is not a date; write YYYY-MM-DD for one day or MM-DD for every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main hours</source>
        <extracomment>German: Hauptzeit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side hours</source>
        <extracomment>German: Nebenzeit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby</source>
        <extracomment>German: Bereitschaft</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main hours until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side hours until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby (company holiday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby (company holiday) until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby (public holiday: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby (public holiday: %1) until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <source>monitoring feed down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 down, %2 critical, %3 warning, %4 unknown, %5 unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>Find a host or VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n physical host(s)</source>
        <translation>
            <numerusform>%n physical host</numerusform>
            <numerusform>%n physical hosts</numerusform>
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
            <numerusform>%n unreachable</numerusform>
            <numerusform>%n unreachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>unreachable: parent down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::ActionProgressModel</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::ActionRunner</name>
    <message>
        <source>%1: an action is already queued or running; this request was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no action backend is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::ActionsController</name>
    <message>
        <source>Restart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is UP again since %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is UP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 since %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last boot %1 (%2 ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last boot unknown (no uptime value reported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n VM(s) down.</source>
        <translation>
            <numerusform>%1 of %n VM down.</numerusform>
            <numerusform>%1 of %n VMs down.</numerusform>
        </translation>
    </message>
    <message>
        <source>rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 now, %3 over 15 min (%4 %2 … %5 %2 in 30 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temperature sensor reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPUs, %2 GB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free capacity unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room for the VMs that are down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too small for %1 vCPUs, %2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action backend is configured for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Define and start %n VM(s) (%1) of %2 on %3. They must not run on %2 any more: %2 has to stay off until they are moved back.</source>
        <translation>
            <numerusform>Define and start %n VM (%1) of %2 on %3. It must not run on %2 any more: %2 has to stay off until it is moved back.</numerusform>
            <numerusform>Define and start %n VMs (%1) of %2 on %3. They must not run on %2 any more: %2 has to stay off until they are moved back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n VM(s) on %1: %2. At most %3 at the same time.</source>
        <translation>
            <numerusform>Restart %n VM on %1: %2. At most %3 at the same time.</numerusform>
            <numerusform>Restart %n VMs on %1: %2. At most %3 at the same time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) queued.</source>
        <translation>
            <numerusform>%n action queued.</numerusform>
            <numerusform>%n actions queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>No VM selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a VM of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is DOWN: its VMs cannot be restarted there. Fail them over, or wait until it is UP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the host name %1 exactly to confirm the failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a standby host other than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not DOWN: failing its VMs over would run them twice. Restart them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UP and cannot take the VMs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::BigBlueButtonProvider</name>
    <message>
        <source>Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The BigBlueButton server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The BigBlueButton server %1 did not answer within %n second.</numerusform>
            <numerusform>The BigBlueButton server %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 answered with HTTP status %2%3 instead of creating the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is not a BigBlueButton API response. Check the API address; it usually ends in /bigbluebutton/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 refused the connection. Check the API address and whether the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 was not found. Check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the BigBlueButton server %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection to the BigBlueButton server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 rejected the request&apos;s checksum: the shared secret (or the checksum algorithm) does not match the server&apos;s. Compare it with `bbb-conf --secret` on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 did not create the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BigBlueButton server %1 did not create the room: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BigBlueButton API address “%1” is not a web address (http:// or https://). Check the conference settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BigBlueButton shared secret is missing. It is shown by `bbb-conf --secret` on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::CertificateProbe</name>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not verifiable but it is the one trusted explicitly (SHA-256 fingerprint %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be established: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::ConnectionTester</name>
    <message>
        <source>The demo data center needs no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered, but not like the Icinga 2 API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered the host query with something that is not a list of hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to Icinga 2 %1 as %2: %n host(s) visible.</source>
        <translation>
            <numerusform>Connected to Icinga 2 %1 as %2: %n host visible.</numerusform>
            <numerusform>Connected to Icinga 2 %1 as %2: %n hosts visible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not the certificate trusted for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::DemoActionBackend</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data center is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (exit code 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed with exit code 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::DemoDataCenter</name>
    <message>
        <source>Demo data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unreachable: parent %1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not permitted for this user, or the object does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the object is OK, there is nothing to acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alarm(s).</source>
        <translation>
            <numerusform>Acknowledged %n alarm.</numerusform>
            <numerusform>Acknowledged %n alarms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the acknowledgement of %n alarm(s).</source>
        <translation>
            <numerusform>Removed the acknowledgement of %n alarm.</numerusform>
            <numerusform>Removed the acknowledgement of %n alarms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check of %n object(s) scheduled now.</source>
        <translation>
            <numerusform>Check of %n object scheduled now.</numerusform>
            <numerusform>Check of %n objects scheduled now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downtime scheduled for %n object(s).</source>
        <translation>
            <numerusform>Downtime scheduled for %n object.</numerusform>
            <numerusform>Downtime scheduled for %n objects.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::Desk</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the current state from %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 Next try in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a comment: colleagues need to know who is on it and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downtime needs a comment and a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 Trying again now …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::FreedesktopNotifier</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::Icinga2CommandBackend</name>
    <message>
        <source>No command is configured for this action in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icinga 2 %1 cannot run commands on request (execute-command needs 2.13 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API user &quot;%1&quot; may not run commands (it lacks the permission %2). This profile is read-only for VM actions; an Icinga administrator can grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no EventCommand &quot;%1&quot;. An Icinga administrator must add it (see README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not learn the server&apos;s endpoint name (%1). Set the endpoint in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by Icinga 2; running &quot;%1&quot; on endpoint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icinga 2 does not know a host named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icinga 2 refused to run the command for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on endpoint %1 (exit code 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command failed on endpoint %1 with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result within the deadline of %1 s; the command may still be running on endpoint %2. Check the VM before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::Icinga2Source</name>
    <message>
        <source>The server ended the event stream (reload or restart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alarm(s).</source>
        <translation>
            <numerusform>Acknowledged %n alarm.</numerusform>
            <numerusform>Acknowledged %n alarms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the acknowledgement of %n alarm(s).</source>
        <translation>
            <numerusform>Removed the acknowledgement of %n alarm.</numerusform>
            <numerusform>Removed the acknowledgement of %n alarms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check of %n object(s) scheduled now.</source>
        <translation>
            <numerusform>Check of %n object scheduled now.</numerusform>
            <numerusform>Check of %n objects scheduled now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downtime scheduled for %n object(s).</source>
        <translation>
            <numerusform>Downtime scheduled for %n object.</numerusform>
            <numerusform>Downtime scheduled for %n objects.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::IncidentTracker</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n alarm(s) recovered (MTTR %1).</source>
        <translation>
            <numerusform>%n alarm recovered (MTTR %1).</numerusform>
            <numerusform>All %n alarms recovered (MTTR %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acknowledged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not known to the monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to the open incident &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident opened by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) of this incident are still open; it can be resolved when all have recovered.</source>
        <translation>
            <numerusform>%n alarm of this incident is still open; it can be resolved when it has recovered.</numerusform>
            <numerusform>%n alarms of this incident are still open; it can be resolved when all have recovered.</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes over from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::IncidentsController</name>
    <message>
        <source>Restart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n colleague(s) online</source>
        <translation>
            <numerusform>%n colleague online</numerusform>
            <numerusform>%n colleagues online</numerusform>
        </translation>
    </message>
    <message>
        <source>The note could not be copied to Icinga as a comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on it (On-Call Desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conference service is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference for this incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference started; the link is in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::JitsiProvider</name>
    <message>
        <source>The Jitsi Meet address “%1” is not a web address (http:// or https://). Check the conference settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::LibvirtBackend</name>
    <message>
        <source>The host the VM runs on is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No libvirt URI is configured for the host %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No libvirt URI is configured for any other host to fail over to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target host given for the failover of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 is the host %2 runs on; fail over to another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No libvirt URI is configured for the target host %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the definition to %1: the folder %2 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the definition to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no VM named %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up the VM %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the state of %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the definition of %1 on %2 to keep a copy: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 has crashed on %2, but without its definition it could not be started again after powering it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not power off %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powered off on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had crashed on %2; powered it off and started it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restart %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted %1 on %2 (the guest was asked to reboot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was shut off on %2; started it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-copy migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 on %2 is paused for a libvirt job (%3); try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was paused on %2 after a storage error; resumed it without a reboot. It pauses again if the storage still fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was paused on %2; resumed it without a reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not wake up %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was suspended by its guest on %2; woke it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 is shutting down on %2; start it when it is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: libvirt reports no state for %1 on %2 (state %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: could not tell whether %1 still runs on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 is still running on %2; failing over would run it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the definition of %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart switched off on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch off autostart on %1 (%2): undefine %3 there before the host starts its VMs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not defined on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: could not look up %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No definition of %1 to start on %2: %3 did not provide it and there is no saved copy at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition read from the saved copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the definition from %1 describes &quot;%3&quot;, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the target host %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 is already running on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not define %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is defined on %2 but did not start: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now runs on %2 (failed over from %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::MembersController</name>
    <message>
        <source>Give the call a topic or a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response to %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed over to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response to %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from %1 logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members known for this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) affected, %1 with Extended Support</source>
        <translation>
            <numerusform>%n member affected, %1 with Extended Support</numerusform>
            <numerusform>%n members affected, %1 with Extended Support</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported.</source>
        <translation>
            <numerusform>%n member imported.</numerusform>
            <numerusform>%n members imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::ProfileStore</name>
    <message>
        <source>The connection profiles in %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profiles in %1 cannot be read, so they are not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profiles could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection with this id exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to be changed no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to be removed no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::ProfilesController</name>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the password is in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the demo data center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::SecretStore</name>
    <message>
        <source>no details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no id, so its password cannot be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored in the keyring for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keyring was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be removed from the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked or not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::SqlIncidentStore</name>
    <message>
        <source>Cannot create the folder %1 for the incident database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident database %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident database %1 is read-only; On-Call Desk needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the incident database %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the incident database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an On-Call Desk database, or it is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite library on this computer is too old (%1); On-Call Desk needs %2 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch the incident database %1 to write-ahead logging (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the incident database %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (package libqt6sql6-psql) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid SSL mode for the team database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot subscribe to the change notifications of the team database %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the team database server %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the team database server %1 (%2). Is PostgreSQL running there, and does the network let this computer through?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database server %1 refused the password for user %2 (or there is no such user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database %1 on the team database server %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database server %1 does not let user %2 connect to database %3 from this computer (pg_hba.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team database is lost and reconnecting failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection to the team database %2 is lost (%3). The desk reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the incident database is locked by another program (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected file %1 among the database migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database migrations in %1 are not numbered 1, 2, 3, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database migrations found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident database %1 has schema version %2, which is newer than this version of On-Call Desk understands (up to %3). Update On-Call Desk, or choose another database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tables of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an On-Call Desk database (it has tables but no schema version). Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy from before the upgrade is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the incident database to %1 before upgrading it (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of the team database %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 has schema version %2, which is newer than this version of On-Call Desk understands (up to %3). Update On-Call Desk on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema version %2 (%3). The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the incident &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add to the journal of incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the journal of incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the team database that %1 is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read who is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store members without saying where they come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the members from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the member &quot;%2&quot; has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (member %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot log the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such call (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocd::TrayIcon</name>
    <message>
        <source>Show On-Call Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze alarms for 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze alarms for 60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Call Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring feed is down: states may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down: %1 · Critical: %2 · Warning: %3 · Unknown: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
