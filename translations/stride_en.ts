<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Labels</name>
    <message>
        <source>Manufacturing</source>
        <translation>Manufacturing</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Retail</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Healthcare</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>Medical devices</translation>
    </message>
    <message>
        <source>FMCG</source>
        <translation>FMCG</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>owner decides</source>
        <translation>owner decides</translation>
    </message>
    <message>
        <source>CTO decides</source>
        <translation>CTO decides</translation>
    </message>
    <message>
        <source>purchasing committee</source>
        <translation>purchasing committee</translation>
    </message>
    <message>
        <source>GM + finance</source>
        <translation>GM + finance</translation>
    </message>
    <message>
        <source>group HQ approval</source>
        <translation>group HQ approval</translation>
    </message>
    <message>
        <source>exploring</source>
        <translation>exploring</translation>
    </message>
    <message>
        <source>evaluating</source>
        <translation>evaluating</translation>
    </message>
    <message>
        <source>budget approved</source>
        <translation>budget approved</translation>
    </message>
    <message>
        <source>ready to buy</source>
        <translation>ready to buy</translation>
    </message>
    <message>
        <source>expanding</source>
        <translation>expanding</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Budget band</source>
        <translation>Budget band</translation>
    </message>
    <message>
        <source>Decision chain</source>
        <translation>Decision chain</translation>
    </message>
    <message>
        <source>Demand stage</source>
        <translation>Demand stage</translation>
    </message>
    <message>
        <source>Visit follow-up</source>
        <translation>Visit follow-up</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation>Visit due</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Payment reminder</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>Stride::BriefingCard</name>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>no orders yet</source>
        <translation>no orders yet</translation>
    </message>
    <message>
        <source>one order so far, on %1</source>
        <translation>one order so far, on %1</translation>
    </message>
    <message>
        <source>every %1 days on average; last order %2; next expected %3</source>
        <translation>every %1 days on average; last order %2; next expected %3</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation><numerusform>overdue by %n day</numerusform><numerusform>overdue by %n days</numerusform></translation>
    </message>
    <message>
        <source>Purchase cycle:</source>
        <translation>Purchase cycle:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>first response after %1 h</source>
        <translation>first response after %1 h</translation>
    </message>
    <message>
        <source>no response yet</source>
        <translation>no response yet</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>Latest service issue:</source>
        <translation>Latest service issue:</translation>
    </message>
    <message>
        <source>Competitor notes:</source>
        <translation>Competitor notes:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation><numerusform>%n day in stage</numerusform><numerusform>%n days in stage</numerusform></translation>
    </message>
    <message>
        <source>Open opportunities:</source>
        <translation>Open opportunities:</translation>
    </message>
    <message>
        <source>Briefing for %1</source>
        <translation>Briefing for %1</translation>
    </message>
</context>
<context>
    <name>Stride::ChecklistModel</name>
    <message>
        <source>tier %1</source>
        <translation>tier %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message numerus="yes">
        <source>order overdue %n day(s)</source>
        <translation><numerusform>order overdue %n day</numerusform><numerusform>order overdue %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open escalation(s)</source>
        <translation><numerusform>%n open escalation</numerusform><numerusform>%n open escalations</numerusform></translation>
    </message>
</context>
<context>
    <name>Stride::ConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Your value (lost)</source>
        <translation>Your value (lost)</translation>
    </message>
    <message>
        <source>Server value (kept)</source>
        <translation>Server value (kept)</translation>
    </message>
</context>
<context>
    <name>Stride::CustomerDetailView</name>
    <message>
        <source>Customer not found</source>
        <translation>Customer not found</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (tier %2) = 0.4 × P %3 + 0.3 × S %4 + 0.3 × T %5 &amp;nbsp;&amp;nbsp; P: purchases of the last 3 months %6, as a percentile in the organisation; S: service satisfaction; T: new-product trial participation</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (tier %2) = 0.4 × P %3 + 0.3 × S %4 + 0.3 × T %5 &amp;nbsp;&amp;nbsp; P: purchases of the last 3 months %6, as a percentile in the organisation; S: service satisfaction; T: new-product trial participation</translation>
    </message>
    <message>
        <source>No value score yet.</source>
        <translation>No value score yet.</translation>
    </message>
    <message>
        <source>competitor: %1</source>
        <translation>competitor: %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <source>Back to the customer list (Esc)</source>
        <translation>Back to the customer list (Esc)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Log visit</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>Value score</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Role in decision chain</source>
        <translation>Role in decision chain</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Stride::CustomerEditDialog</name>
    <message>
        <source>The customer needs a name.</source>
        <translation>The customer needs a name.</translation>
    </message>
    <message>
        <source>Choose the customer's industry.</source>
        <translation>Choose the customer's industry.</translation>
    </message>
    <message>
        <source>The customer was not saved: %1</source>
        <translation>The customer was not saved: %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>English name:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Budget band:</source>
        <translation>&amp;Budget band:</translation>
    </message>
    <message>
        <source>Decision &amp;chain:</source>
        <translation>Decision &amp;chain:</translation>
    </message>
    <message>
        <source>&amp;Demand stage:</source>
        <translation>&amp;Demand stage:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;Satisfaction:</translation>
    </message>
    <message>
        <source>&amp;Trial participation:</source>
        <translation>&amp;Trial participation:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>Stride::CustomerListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>Value score</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
</context>
<context>
    <name>Stride::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <source>Search customers, contacts, visit notes… (Ctrl+F)</source>
        <translation>Search customers, contacts, visit notes… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Filter by tier</source>
        <translation>Filter by tier</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>Filter by industry</source>
        <translation>Filter by industry</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Filter by region</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>My customers</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Create a customer (%1)</source>
        <translation>Create a customer (%1)</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Customer list</translation>
    </message>
</context>
<context>
    <name>Stride::FirstRunDialog</name>
    <message>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <source>The server address must start with https:// and name a host.</source>
        <translation>The server address must start with https:// and name a host.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>The certificate file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The fingerprint must be a SHA-256 of 64 hexadecimal digits.</source>
        <translation>The fingerprint must be a SHA-256 of 64 hexadecimal digits.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Welcome to Stride</source>
        <translation>Welcome to Stride</translation>
    </message>
    <message>
        <source>Stride keeps your customers, visits and deals on this computer and works without a network. How do you want to start?</source>
        <translation>Stride keeps your customers, visits and deals on this computer and works without a network. How do you want to start?</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Try with demo data</translation>
    </message>
    <message>
        <source>A demo organisation with customers, visits and deals. Nothing is sent anywhere.</source>
        <translation>A demo organisation with customers, visits and deals. Nothing is sent anywhere.</translation>
    </message>
    <message>
        <source>Connect to my company's server</source>
        <translation>Connect to my company's server</translation>
    </message>
    <message>
        <source>Sign in to your organisation's Stride server.</source>
        <translation>Sign in to your organisation's Stride server.</translation>
    </message>
    <message>
        <source>Act as:</source>
        <translation>Act as:</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Private &amp;CA file:</source>
        <translation>Private &amp;CA file:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>Certificate &amp;fingerprint:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Demo role</source>
        <translation>Demo role</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Private CA file</source>
        <translation>Private CA file</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>Stride::Launcher</name>
    <message>
        <source>Stride</source>
        <translation>Stride</translation>
    </message>
    <message>
        <source>Cannot remember the demo profile: %1</source>
        <translation>Cannot remember the demo profile: %1</translation>
    </message>
    <message>
        <source>There is no saved profile named "%1".</source>
        <translation>There is no saved profile named "%1".</translation>
    </message>
    <message>
        <source>Cannot remember the profile: %1</source>
        <translation>Cannot remember the profile: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation>Opening progress</translation>
    </message>
    <message>
        <source>Creating the demo organisation…</source>
        <translation>Creating the demo organisation…</translation>
    </message>
    <message>
        <source>Computing customer value scores…</source>
        <translation>Computing customer value scores…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
</context>
<context>
    <name>Stride::LogVisitDialog</name>
    <message>
        <source>(no contact)</source>
        <translation>(no contact)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>contact and title</source>
        <translation>contact and title</translation>
    </message>
    <message>
        <source>Prefilled from the last record: %1. Edit to override.</source>
        <translation>Prefilled from the last record: %1. Edit to override.</translation>
    </message>
    <message>
        <source>Choose the customer you visited.</source>
        <translation>Choose the customer you visited.</translation>
    </message>
    <message>
        <source>Write a short summary of the visit.</source>
        <translation>Write a short summary of the visit.</translation>
    </message>
    <message>
        <source>Give the reason why there is no next action.</source>
        <translation>Give the reason why there is no next action.</translation>
    </message>
    <message>
        <source>Every visit ends with a next action and its due date, or a reason for none.</source>
        <translation>Every visit ends with a next action and its due date, or a reason for none.</translation>
    </message>
    <message>
        <source>The next action is due before the visit.</source>
        <translation>The next action is due before the visit.</translation>
    </message>
    <message>
        <source>The visit was not saved: %1</source>
        <translation>The visit was not saved: %1</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>Log a visit</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <source>&amp;Behaviour:</source>
        <translation>&amp;Behaviour:</translation>
    </message>
    <message>
        <source>Co&amp;mpetitor note:</source>
        <translation>Co&amp;mpetitor note:</translation>
    </message>
    <message>
        <source>&amp;Insight:</source>
        <translation>&amp;Insight:</translation>
    </message>
    <message>
        <source>&amp;Next action:</source>
        <translation>&amp;Next action:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>Visit time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Behaviour type</source>
        <translation>Behaviour type</translation>
    </message>
    <message>
        <source>Competitor note</source>
        <translation>Competitor note</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Type a customer name…</source>
        <translation>Type a customer name…</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What happened, in a sentence or two</source>
        <translation>What happened, in a sentence or two</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Creates a follow-up task within 72 hours</source>
        <translation>Creates a follow-up task within 72 hours</translation>
    </message>
    <message>
        <source>One-line field insight for the team (awaits approval)</source>
        <translation>One-line field insight for the team (awaits approval)</translation>
    </message>
    <message>
        <source>e.g. send the product-match report</source>
        <translation>e.g. send the product-match report</translation>
    </message>
    <message>
        <source>Next action due date</source>
        <translation>Next action due date</translation>
    </message>
    <message>
        <source>No next action, because:</source>
        <translation>No next action, because:</translation>
    </message>
    <message>
        <source>Reason for no next action</source>
        <translation>Reason for no next action</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (+%2 points)</source>
        <translation>%1 (+%2 points)</translation>
    </message>
</context>
<context>
    <name>Stride::MainWindow</name>
    <message>
        <source>Switch role</source>
        <translation>Switch role</translation>
    </message>
    <message>
        <source>Could not switch role: %1</source>
        <translation>Could not switch role: %1</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Visit saved; it will be sent with the next sync.</source>
        <translation>Visit saved; it will be sent with the next sync.</translation>
    </message>
    <message>
        <source>no user yet</source>
        <translation>no user yet</translation>
    </message>
    <message>
        <source>Stride — %1 — %2</source>
        <translation>Stride — %1 — %2</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>Main actions</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Log visit</translation>
    </message>
    <message>
        <source>Log a visit (%1)</source>
        <translation>Log a visit (%1)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Act as:</source>
        <translation>Act as:</translation>
    </message>
    <message>
        <source>Act as role</source>
        <translation>Act as role</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>Stride::OpportunityPanel</name>
    <message>
        <source>POC done</source>
        <translation>POC done</translation>
    </message>
    <message>
        <source>IT integration request</source>
        <translation>IT integration request</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <source>Competitor removed from tender</source>
        <translation>Competitor removed from tender</translation>
    </message>
    <message>
        <source>Public news</source>
        <translation>Public news</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Select an opportunity</source>
        <translation>Select an opportunity</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>expected close %1</source>
        <translation>expected close %1</translation>
    </message>
    <message>
        <source>lost: %1</source>
        <translation>lost: %1</translation>
    </message>
    <message>
        <source>Automatic tag: (fill the lead fields)</source>
        <translation>Automatic tag: (fill the lead fields)</translation>
    </message>
    <message>
        <source>Automatic tag: %1</source>
        <translation>Automatic tag: %1</translation>
    </message>
    <message>
        <source>High risk: a forecast deal needs at least two evidence signals.</source>
        <translation>High risk: a forecast deal needs at least two evidence signals.</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>paid %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>due within 15 days</source>
        <translation>due within 15 days</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Fill the required lead fields: %1.</source>
        <translation>Fill the required lead fields: %1.</translation>
    </message>
    <message>
        <source>Lead fields saved. Automatic tag: %1</source>
        <translation>Lead fields saved. Automatic tag: %1</translation>
    </message>
    <message>
        <source>Cannot move to %1: fill the required lead fields first: %2.</source>
        <translation>Cannot move to %1: fill the required lead fields first: %2.</translation>
    </message>
    <message>
        <source>A lost deal needs a reason.</source>
        <translation>A lost deal needs a reason.</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Not moved: %1</translation>
    </message>
    <message>
        <source>Moved to %1. Automatic tag: %2</source>
        <translation>Moved to %1. Automatic tag: %2</translation>
    </message>
    <message>
        <source>A payment milestone needs an amount.</source>
        <translation>A payment milestone needs an amount.</translation>
    </message>
    <message>
        <source>Required lead fields</source>
        <translation>Required lead fields</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Industry:</translation>
    </message>
    <message>
        <source>Budget band:</source>
        <translation>Budget band:</translation>
    </message>
    <message>
        <source>Decision chain:</source>
        <translation>Decision chain:</translation>
    </message>
    <message>
        <source>Demand stage:</source>
        <translation>Demand stage:</translation>
    </message>
    <message>
        <source>(not filled)</source>
        <translation>(not filled)</translation>
    </message>
    <message>
        <source>Save lead fields</source>
        <translation>Save lead fields</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>Reason the deal was lost (required for lost)</source>
        <translation>Reason the deal was lost (required for lost)</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Lost reason</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Evidence signals</source>
        <translation>Evidence signals</translation>
    </message>
    <message>
        <source>Signal kind</source>
        <translation>Signal kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Signal note</source>
        <translation>Signal note</translation>
    </message>
    <message>
        <source>Add signal</source>
        <translation>Add signal</translation>
    </message>
    <message>
        <source>Payment milestones</source>
        <translation>Payment milestones</translation>
    </message>
    <message>
        <source>Milestone due date</source>
        <translation>Milestone due date</translation>
    </message>
    <message>
        <source>Milestone amount</source>
        <translation>Milestone amount</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Add milestone</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Mark paid</translation>
    </message>
</context>
<context>
    <name>Stride::PipelineModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Days in stage</translation>
    </message>
    <message>
        <source>Dwell light</source>
        <translation>Dwell light</translation>
    </message>
</context>
<context>
    <name>Stride::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message numerus="yes">
        <source>%n open or recently signed deal(s), grouped by stage. Select one to change its stage, lead fields, evidence and payments.</source>
        <translation><numerusform>%n open or recently signed deal, grouped by stage. Select one to change its stage, lead fields, evidence and payments.</numerusform><numerusform>%n open or recently signed deals, grouped by stage. Select one to change its stage, lead fields, evidence and payments.</numerusform></translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <translation>Deals by stage</translation>
    </message>
</context>
<context>
    <name>Stride::PlaceholderPage</name>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Not built yet. This page will hold the managers' dashboards: the sales funnel, days in stage, process-health lights, the coverage KPI, the behaviour-points leaderboard, the forecast board and the payment countdown. They are delivered by the dashboards work (issue 5); nothing on this page is computed today.</source>
        <translation>Not built yet. This page will hold the managers' dashboards: the sales funnel, days in stage, process-health lights, the coverage KPI, the behaviour-points leaderboard, the forecast board and the payment countdown. They are delivered by the dashboards work (issue 5); nothing on this page is computed today.</translation>
    </message>
    <message>
        <source>Not built yet. The team drill-down (organisation → team → rep → opportunity → its timeline) is delivered by the dashboards work (issue 5).</source>
        <translation>Not built yet. The team drill-down (organisation → team → rep → opportunity → its timeline) is delivered by the dashboards work (issue 5).</translation>
    </message>
    <message>
        <source>Not built yet. The knowledge base (insights awaiting approval and the searchable approved insights) is delivered by the dashboards work (issue 5). Insights you write when logging a visit are already saved and wait for approval.</source>
        <translation>Not built yet. The knowledge base (insights awaiting approval and the searchable approved insights) is delivered by the dashboards work (issue 5). Insights you write when logging a visit are already saved and wait for approval.</translation>
    </message>
</context>
<context>
    <name>Stride::RejectedModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Server's reason</source>
        <translation>Server's reason</translation>
    </message>
    <message>
        <source>Fields sent</source>
        <translation>Fields sent</translation>
    </message>
</context>
<context>
    <name>Stride::SettingsPage</name>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign out of this profile? Changes not yet sent stay in the replica and are sent after you sign in again.</source>
        <translation>Sign out of this profile? Changes not yet sent stay in the replica and are sent after you sign in again.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>demo data</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(open)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <source>Forget the profile; its replica file stays on disk</source>
        <translation>Forget the profile; its replica file stays on disk</translation>
    </message>
    <message>
        <source>Server and certificate</source>
        <translation>Server and certificate</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Certificate: the system's certificate authorities</source>
        <translation>Certificate: the system's certificate authorities</translation>
    </message>
    <message>
        <source>Certificate authority file: %1</source>
        <translation>Certificate authority file: %1</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256: %1</source>
        <translation>Pinned certificate SHA-256: %1</translation>
    </message>
    <message>
        <source>This profile has no server: it uses demo data or a replica file on this computer.</source>
        <translation>This profile has no server: it uses demo data or a replica file on this computer.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Language and appearance</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dark theme</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Data location</translation>
    </message>
    <message>
        <source>Replica: %1 (%2)</source>
        <translation>Replica: %1 (%2)</translation>
    </message>
    <message>
        <source>Close this profile</source>
        <translation>Close this profile</translation>
    </message>
</context>
<context>
    <name>Stride::Stage</name>
    <message>
        <source>Lead assigned</source>
        <translation>Lead assigned</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>Needs confirmed</translation>
    </message>
    <message>
        <source>Solution demo</source>
        <translation>Solution demo</translation>
    </message>
    <message>
        <source>Objection handling</source>
        <translation>Objection handling</translation>
    </message>
    <message>
        <source>Signed &amp; paid</source>
        <translation>Signed &amp; paid</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>Stride::SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Select a conflict first.</translation>
    </message>
    <message>
        <source>Restored your value of %1; it will be sent with the next sync.</source>
        <translation>Restored your value of %1; it will be sent with the next sync.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Not restored: %1</translation>
    </message>
    <message>
        <source>Kept the server's value.</source>
        <translation>Kept the server's value.</translation>
    </message>
    <message>
        <source>Not dismissed: %1</source>
        <translation>Not dismissed: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>This profile works locally only (demo data or a replica file): nothing is sent.</source>
        <translation>This profile works locally only (demo data or a replica file): nothing is sent.</translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) waiting to be sent.</source>
        <translation><numerusform>%n local change waiting to be sent.</numerusform><numerusform>%n local changes waiting to be sent.</numerusform></translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation>Last sync: %1.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Conflicts: someone else changed the same field; the server kept theirs. Compare, then restore yours or keep the server's.</source>
        <translation>Conflicts: someone else changed the same field; the server kept theirs. Compare, then restore yours or keep the server's.</translation>
    </message>
    <message>
        <source>Restore my value</source>
        <translation>Restore my value</translation>
    </message>
    <message>
        <source>Keep server's value</source>
        <translation>Keep server's value</translation>
    </message>
    <message>
        <source>Needs attention: changes the server refused</source>
        <translation>Needs attention: changes the server refused</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Changes the server refused</translation>
    </message>
</context>
<context>
    <name>Stride::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation><numerusform>%n change waiting</numerusform><numerusform>%n changes waiting</numerusform></translation>
    </message>
    <message>
        <source>Local only: this profile has no server</source>
        <translation>Local only: this profile has no server</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sent later</source>
        <translation>Offline: changes are kept and sent later</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Signed out: sign in under Settings</source>
        <translation>Signed out: sign in under Settings</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>not synced yet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancel the sync</translation>
    </message>
</context>
<context>
    <name>Stride::TaskListModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Stride::TodayPage</name>
    <message>
        <source>Exactly three customers: untick one before adding %1.</source>
        <translation>Exactly three customers: untick one before adding %1.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Today's checklist is done.</source>
        <translation>Today's checklist is done.</translation>
    </message>
    <message>
        <source>Pick exactly three key customers for today.</source>
        <translation>Pick exactly three key customers for today.</translation>
    </message>
    <message>
        <source>Everyone has done today's checklist.</source>
        <translation>Everyone has done today's checklist.</translation>
    </message>
    <message>
        <source>%1 of 3 picked.</source>
        <translation>%1 of 3 picked.</translation>
    </message>
    <message>
        <source>Pick exactly three customers (%1 picked).</source>
        <translation>Pick exactly three customers (%1 picked).</translation>
    </message>
    <message>
        <source>The checklist was not saved: %1</source>
        <translation>The checklist was not saved: %1</translation>
    </message>
    <message>
        <source>Today's checklist is saved.</source>
        <translation>Today's checklist is saved.</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Log visit</translation>
    </message>
    <message>
        <source>Log visit for %1</source>
        <translation>Log visit for %1</translation>
    </message>
    <message>
        <source>Today, %1 — %2 (%3)</source>
        <translation>Today, %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Morning checklist: three key customers</source>
        <translation>Morning checklist: three key customers</translation>
    </message>
    <message>
        <source>Suggested customers</source>
        <translation>Suggested customers</translation>
    </message>
    <message>
        <source>&amp;Other customer:</source>
        <translation>&amp;Other customer:</translation>
    </message>
    <message>
        <source>Type a name to add a customer</source>
        <translation>Type a name to add a customer</translation>
    </message>
    <message>
        <source>Add another customer</source>
        <translation>Add another customer</translation>
    </message>
    <message>
        <source>Save checklist</source>
        <translation>Save checklist</translation>
    </message>
    <message>
        <source>Tasks due today and overdue</source>
        <translation>Tasks due today and overdue</translation>
    </message>
    <message>
        <source>My team today</source>
        <translation>My team today</translation>
    </message>
    <message>
        <source>Reps who have not done today's checklist:</source>
        <translation>Reps who have not done today's checklist:</translation>
    </message>
    <message>
        <source>Reps without a checklist</source>
        <translation>Reps without a checklist</translation>
    </message>
    <message>
        <source>Escalations on my list:</source>
        <translation>Escalations on my list:</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <source>Pick three customers above: a briefing card for each appears here.</source>
        <translation>Pick three customers above: a briefing card for each appears here.</translation>
    </message>
</context>
<context>
    <name>Stride::VisitListModel</name>
    <message>
        <source>none: %1</source>
        <translation>none: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
</context>
<context>
    <name>Stride::VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) in the last %1 days. A visit of the selected row's customer is one click away.</source>
        <translation><numerusform>%n visit in the last %1 days. A visit of the selected row's customer is one click away.</numerusform><numerusform>%n visits in the last %1 days. A visit of the selected row's customer is one click away.</numerusform></translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Log visit</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>Recent visits</translation>
    </message>
</context>
</TS>
