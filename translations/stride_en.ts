<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quote inside a field that does not start with one; quote the whole field and double the quotes in it</source>
        <translation>line %1: a quote inside a field that does not start with one; quote the whole field and double the quotes in it</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; after the closing quote of a field; a separator must follow it</source>
        <translation>line %1: &apos;%2&apos; after the closing quote of a field; a separator must follow it</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;: auto, utf-8 or gb18030</source>
        <translation>unknown encoding &apos;%1&apos;: auto, utf-8 or gb18030</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; or name its encoding (--encoding gb18030)</source>
        <translation>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; or name its encoding (--encoding gb18030)</translation>
    </message>
    <message>
        <source>this build cannot read GB18030 text; save the file as &quot;CSV UTF-8&quot;</source>
        <translation>this build cannot read GB18030 text; save the file as &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GB18030 text; save it as &quot;CSV UTF-8&quot;</source>
        <translation>the file is neither UTF-8 nor GB18030 text; save it as &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>the file is not GB18030 text; try --encoding utf-8 or auto</source>
        <translation>the file is not GB18030 text; try --encoding utf-8 or auto</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>line %1: a quoted field is not closed</translation>
    </message>
</context>
<context>
    <name>FigureWorkbook</name>
    <message>
        <source>Rep: %1</source>
        <translation>Rep: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>Now (the period does not apply)</source>
        <translation>Now (the period does not apply)</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>the start</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Period: %1 – %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Generated %1 by %2</translation>
    </message>
    <message>
        <source>Funnel: reached and in stage now</source>
        <translation>Funnel: reached and in stage now</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Days in stage</translation>
    </message>
    <message>
        <source>Lights by stage</source>
        <translation>Lights by stage</translation>
    </message>
    <message>
        <source>Coverage by month</source>
        <translation>Coverage by month</translation>
    </message>
    <message>
        <source>Behaviour points by category</source>
        <translation>Behaviour points by category</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1 and %2 (r = %3)</source>
        <translation>%1 and %2 (r = %3)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Backed by evidence</source>
        <translation>Backed by evidence</translation>
    </message>
    <message>
        <source>Not backed</source>
        <translation>Not backed</translation>
    </message>
    <message>
        <source>Amount backed by evidence</source>
        <translation>Amount backed by evidence</translation>
    </message>
    <message>
        <source>Stride figures</source>
        <translation>Stride figures</translation>
    </message>
    <message>
        <source>Sales figures</source>
        <translation>Sales figures</translation>
    </message>
</context>
<context>
    <name>ImportLookup</name>
    <message>
        <source>no %1 &apos;%2&apos; in the replica</source>
        <translation>no %1 &apos;%2&apos; in the replica</translation>
    </message>
    <message>
        <source>%1 %2s are named &apos;%3&apos;; use the id (%4)</source>
        <translation>%1 %2s are named &apos;%3&apos;; use the id (%4)</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rep</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>no customer &apos;%1&apos; at &apos;%2&apos; in the replica</source>
        <translation>no customer &apos;%1&apos; at &apos;%2&apos; in the replica</translation>
    </message>
    <message>
        <source>%1 customers are named &apos;%2&apos;; add a customer_address column or use the id (%3)</source>
        <translation>%1 customers are named &apos;%2&apos;; add a customer_address column or use the id (%3)</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>there is no column %1 (the file has %2)</source>
        <translation>there is no column %1 (the file has %2)</translation>
    </message>
    <message>
        <source>%1 have no field &apos;%2&apos; (fields: %3)</source>
        <translation>%1 have no field &apos;%2&apos; (fields: %3)</translation>
    </message>
    <message>
        <source>--map &apos;%1&apos; is not COLUMN=FIELD</source>
        <translation>--map &apos;%1&apos; is not COLUMN=FIELD</translation>
    </message>
    <message>
        <source>--map %1: no column &apos;%2&apos; (columns: %3)</source>
        <translation>--map %1: no column &apos;%2&apos; (columns: %3)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (ignored)</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: the first row must name the columns</source>
        <translation>%1 is empty: the first row must name the columns</translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message>
        <source>--key %1: not a field %2 can be matched by</source>
        <translation>--key %1: not a field %2 can be matched by</translation>
    </message>
    <message>
        <source>default owner: %1</source>
        <translation>default owner: %1</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 is required</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>not an e-mail address</translation>
    </message>
    <message>
        <source>%1 is not a date (2026-03-01, 2026/3/1 or an Excel date)</source>
        <translation>%1 is not a date (2026-03-01, 2026/3/1 or an Excel date)</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 must be a number</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 must be between %2 and %3</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 must be at least %2</translation>
    </message>
    <message>
        <source>the same id is on line %1</source>
        <translation>the same id is on line %1</translation>
    </message>
    <message>
        <source>this %1 row was deleted</source>
        <translation>this %1 row was deleted</translation>
    </message>
    <message>
        <source>a duplicate of line %1 (the same %2)</source>
        <translation>a duplicate of line %1 (the same %2)</translation>
    </message>
    <message>
        <source>the existing customer is in %1&apos;s book; you may import only into your own</source>
        <translation>the existing customer is in %1&apos;s book; you may import only into your own</translation>
    </message>
    <message>
        <source>owner is required: the replica has no signed-in rep to own new customers</source>
        <translation>owner is required: the replica has no signed-in rep to own new customers</translation>
    </message>
    <message>
        <source>you may import only into your own book (or your team&apos;s), not %1&apos;s</source>
        <translation>you may import only into your own book (or your team&apos;s), not %1&apos;s</translation>
    </message>
    <message>
        <source>the owner %1 is not in team %2</source>
        <translation>the owner %1 is not in team %2</translation>
    </message>
    <message>
        <source>the customer is in %1&apos;s book; you may import only into your own</source>
        <translation>the customer is in %1&apos;s book; you may import only into your own</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>no column is mapped to %1 (required); map one with COLUMN=FIELD</source>
        <translation>no column is mapped to %1 (required); map one with COLUMN=FIELD</translation>
    </message>
</context>
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
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
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
        <source>Pain-point interview</source>
        <translation>Pain-point interview</translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation>Needs confirmation</translation>
    </message>
    <message>
        <source>Personalised product-match report</source>
        <translation>Personalised product-match report</translation>
    </message>
    <message>
        <source>Customised solution</source>
        <translation>Customised solution</translation>
    </message>
    <message>
        <source>Solution demo</source>
        <translation>Solution demo</translation>
    </message>
    <message>
        <source>POC support</source>
        <translation>POC support</translation>
    </message>
    <message>
        <source>Third-party case study</source>
        <translation>Third-party case study</translation>
    </message>
    <message>
        <source>Cross-department consensus meeting</source>
        <translation>Cross-department consensus meeting</translation>
    </message>
    <message>
        <source>Executive visit</source>
        <translation>Executive visit</translation>
    </message>
    <message>
        <source>Customised quote</source>
        <translation>Customised quote</translation>
    </message>
    <message>
        <source>Contract negotiation</source>
        <translation>Contract negotiation</translation>
    </message>
    <message>
        <source>Payment follow-up</source>
        <translation>Payment follow-up</translation>
    </message>
    <message>
        <source>Service recovery</source>
        <translation>Service recovery</translation>
    </message>
    <message>
        <source>Routine follow-up</source>
        <translation>Routine follow-up</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Discovery</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>price too high</source>
        <translation>price too high</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>competitor</translation>
    </message>
    <message>
        <source>budget cut</source>
        <translation>budget cut</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>no decision</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>timing</translation>
    </message>
    <message>
        <source>service concerns</source>
        <translation>service concerns</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>unspecified</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Tier pinned</source>
        <translation>Tier pinned</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>Value score</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Trial participation</source>
        <translation>Trial participation</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
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
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
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
        <source>Competitor notes</source>
        <translation>Competitor notes</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>Next action due</translation>
    </message>
    <message>
        <source>No action because</source>
        <translation>No action because</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>In forecast</source>
        <translation>In forecast</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>In stage since</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Lost reason</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation>Rep: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Generated %1 by %2</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation>Opportunity id</translation>
    </message>
    <message>
        <source>Milestone id</source>
        <translation>Milestone id</translation>
    </message>
    <message>
        <source>Owner id</source>
        <translation>Owner id</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Supervisor id</source>
        <translation>Supervisor id</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Rep id</source>
        <translation>Rep id</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Team id</source>
        <translation>Team id</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Customer id</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Stage code</source>
        <translation>Stage code</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Reason code</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Lost reason</translation>
    </message>
    <message>
        <source>Lost reason code</source>
        <translation>Lost reason code</translation>
    </message>
    <message>
        <source>Category code</source>
        <translation>Category code</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <source>In stage now</source>
        <translation>In stage now</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Conversion to next</source>
        <translation>Conversion to next</translation>
    </message>
    <message>
        <source>Completed stays</source>
        <translation>Completed stays</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Mean days</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median days</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Stage entered</source>
        <translation>Stage entered</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Idle days</source>
        <translation>Idle days</translation>
    </message>
    <message>
        <source>Last activity a visit</source>
        <translation>Last activity a visit</translation>
    </message>
    <message>
        <source>Yellow after days</source>
        <translation>Yellow after days</translation>
    </message>
    <message>
        <source>Red after days</source>
        <translation>Red after days</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Most missed actions</source>
        <translation>Most missed actions</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Declined two months in a row</source>
        <translation>Declined two months in a row</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Month not over</source>
        <translation>Month not over</translation>
    </message>
    <message>
        <source>Reps due</source>
        <translation>Reps due</translation>
    </message>
    <message>
        <source>Reps covered</source>
        <translation>Reps covered</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Met the target</source>
        <translation>Met the target</translation>
    </message>
    <message>
        <source>Below the target</source>
        <translation>Below the target</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Slow service</source>
        <translation>Slow service</translation>
    </message>
    <message>
        <source>Demo without quote</source>
        <translation>Demo without quote</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>No flag</translation>
    </message>
    <message>
        <source>Lost or churned</source>
        <translation>Lost or churned</translation>
    </message>
    <message>
        <source>Purchase cycle days</source>
        <translation>Purchase cycle days</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <source>Below the threshold</source>
        <translation>Below the threshold</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Touch</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Hired</translation>
    </message>
    <message>
        <source>Pain-point interviews</source>
        <translation>Pain-point interviews</translation>
    </message>
    <message>
        <source>Pain-point interviews target</source>
        <translation>Pain-point interviews target</translation>
    </message>
    <message>
        <source>Solution drafts</source>
        <translation>Solution drafts</translation>
    </message>
    <message>
        <source>Solution drafts target</source>
        <translation>Solution drafts target</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Backed by evidence</source>
        <translation>Backed by evidence</translation>
    </message>
    <message>
        <source>Amount backed by evidence</source>
        <translation>Amount backed by evidence</translation>
    </message>
    <message>
        <source>Fresh evidence</source>
        <translation>Fresh evidence</translation>
    </message>
    <message>
        <source>Forecast amount (90 days)</source>
        <translation>Forecast amount (90 days)</translation>
    </message>
    <message>
        <source>Won amount (90 days)</source>
        <translation>Won amount (90 days)</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation>Past expected close</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Evidence kinds</source>
        <translation>Evidence kinds</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Days past expected close</source>
        <translation>Days past expected close</translation>
    </message>
    <message>
        <source>Similar deals</source>
        <translation>Similar deals</translation>
    </message>
    <message>
        <source>Similar deals&apos; mean days</source>
        <translation>Similar deals&apos; mean days</translation>
    </message>
    <message>
        <source>Similar deals&apos; spread in days</source>
        <translation>Similar deals&apos; spread in days</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Under-evidenced</source>
        <translation>Under-evidenced</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Reps with data</source>
        <translation>Reps with data</translation>
    </message>
    <message>
        <source>Correlation r</source>
        <translation>Correlation r</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>Closed deals</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Call minutes</source>
        <translation>Call minutes</translation>
    </message>
    <message>
        <source>On-site share</source>
        <translation>On-site share</translation>
    </message>
    <message>
        <source>Needs rate</source>
        <translation>Needs rate</translation>
    </message>
    <message>
        <source>Key-action rate</source>
        <translation>Key-action rate</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rep</translation>
    </message>
    <message>
        <source>lost deal</source>
        <translation>lost deal</translation>
    </message>
    <message>
        <source>churned customer</source>
        <translation>churned customer</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>reminder</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Stage dwell</source>
        <translation>Stage dwell</translation>
    </message>
    <message>
        <source>Process health</source>
        <translation>Process health</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Opportunity health</source>
        <translation>Opportunity health</translation>
    </message>
    <message>
        <source>Behaviour points</source>
        <translation>Behaviour points</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Process sandbox</source>
        <translation>Process sandbox</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Lost reasons</translation>
    </message>
    <message>
        <source>Lights by stage</source>
        <translation>Lights by stage</translation>
    </message>
    <message>
        <source>Yellow and red opportunities</source>
        <translation>Yellow and red opportunities</translation>
    </message>
    <message>
        <source>Standard actions done by level</source>
        <translation>Standard actions done by level</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Coverage by month</source>
        <translation>Coverage by month</translation>
    </message>
    <message>
        <source>Organisation coverage against the target</source>
        <translation>Organisation coverage against the target</translation>
    </message>
    <message>
        <source>Opportunities below the threshold</source>
        <translation>Opportunities below the threshold</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Leaderboard</translation>
    </message>
    <message>
        <source>Points by category</source>
        <translation>Points by category</translation>
    </message>
    <message>
        <source>New reps</source>
        <translation>New reps</translation>
    </message>
    <message>
        <source>Points by rep and category</source>
        <translation>Points by rep and category</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Root causes</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Correlation with the win rate</source>
        <translation>Correlation with the win rate</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
</context>
<context>
    <name>Stride::AdminPage</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Supervisor:</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>Save team</source>
        <translation>Save team</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>English name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>E-mail (sign-in):</source>
        <translation>E-mail (sign-in):</translation>
    </message>
    <message>
        <source>Hire date:</source>
        <translation>Hire date:</translation>
    </message>
    <message>
        <source>Active (can sign in and owns customers)</source>
        <translation>Active (can sign in and owns customers)</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>Save person</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>New rule</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Save rule</translation>
    </message>
    <message>
        <source>Who it hits today</source>
        <translation>Who it hits today</translation>
    </message>
    <message>
        <source>Standard action</source>
        <translation>Standard action</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>Chinese name:</translation>
    </message>
    <message>
        <source>Due after entering:</source>
        <translation>Due after entering:</translation>
    </message>
    <message>
        <source>Fulfilled by logging:</source>
        <translation>Fulfilled by logging:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Active (counts in the coverage KPI)</source>
        <translation>Active (counts in the coverage KPI)</translation>
    </message>
    <message>
        <source>New standard action</source>
        <translation>New standard action</translation>
    </message>
    <message>
        <source>Save standard action</source>
        <translation>Save standard action</translation>
    </message>
    <message>
        <source>Behaviour type</source>
        <translation>Behaviour type</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points:</translation>
    </message>
    <message>
        <source>New behaviour type</source>
        <translation>New behaviour type</translation>
    </message>
    <message>
        <source>Save behaviour type</source>
        <translation>Save behaviour type</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Save policy</translation>
    </message>
    <message>
        <source>Last changed on %1.</source>
        <translation>Last changed on %1.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Only an administrator can change the organisation&apos;s policies.</source>
        <translation>Only an administrator can change the organisation&apos;s policies.</translation>
    </message>
    <message>
        <source>Could not read the organisation: %1</source>
        <translation>Could not read the organisation: %1</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(no team)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2.</source>
        <translation>Last changed by %1 on %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Rule “%1” cannot be edited here: %2</source>
        <translation>Rule “%1” cannot be edited here: %2</translation>
    </message>
    <message>
        <source>Team not saved: %1</source>
        <translation>Team not saved: %1</translation>
    </message>
    <message>
        <source>Team “%1” saved; every replica gets it at its next sync.</source>
        <translation>Team “%1” saved; every replica gets it at its next sync.</translation>
    </message>
    <message>
        <source>Person not saved: %1</source>
        <translation>Person not saved: %1</translation>
    </message>
    <message>
        <source>%1 saved; every replica gets the change at its next sync.</source>
        <translation>%1 saved; every replica gets the change at its next sync.</translation>
    </message>
    <message>
        <source>Rule not saved: %1</source>
        <translation>Rule not saved: %1</translation>
    </message>
    <message>
        <source>Rule “%1” saved; every replica applies it from its next sync.</source>
        <translation>Rule “%1” saved; every replica applies it from its next sync.</translation>
    </message>
    <message>
        <source>Rule not changed: %1</source>
        <translation>Rule not changed: %1</translation>
    </message>
    <message>
        <source>Rule “%1” disabled.</source>
        <translation>Rule “%1” disabled.</translation>
    </message>
    <message>
        <source>Rule “%1” enabled.</source>
        <translation>Rule “%1” enabled.</translation>
    </message>
    <message>
        <source>Standard action not saved: %1</source>
        <translation>Standard action not saved: %1</translation>
    </message>
    <message>
        <source>Standard action “%1” saved; every replica gets it at its next sync.</source>
        <translation>Standard action “%1” saved; every replica gets it at its next sync.</translation>
    </message>
    <message>
        <source>Behaviour type not saved: %1</source>
        <translation>Behaviour type not saved: %1</translation>
    </message>
    <message>
        <source>Behaviour type “%1” saved; every replica gets it at its next sync.</source>
        <translation>Behaviour type “%1” saved; every replica gets it at its next sync.</translation>
    </message>
    <message>
        <source>Policy not saved: %1</source>
        <translation>Policy not saved: %1</translation>
    </message>
    <message>
        <source>Policy saved; every replica applies it from its next sync.</source>
        <translation>Policy saved; every replica applies it from its next sync.</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>Cannot preview: %1</translation>
    </message>
    <message>
        <source>Looking for the customers this rule hits…</source>
        <translation>Looking for the customers this rule hits…</translation>
    </message>
    <message>
        <source>No customer matches today.</source>
        <translation>No customer matches today.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match today; the first %1 are listed.</source>
        <translation>
            <numerusform>%n customer matches today; the first %1 are listed.</numerusform>
            <numerusform>%n customers match today; the first %1 are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match today.</source>
        <translation>
            <numerusform>%n customer matches today.</numerusform>
            <numerusform>%n customers match today.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Standard actions</source>
        <translation>Standard actions</translation>
    </message>
    <message>
        <source>Behaviour points</source>
        <translation>Behaviour points</translation>
    </message>
    <message>
        <source>(not stage-triggered)</source>
        <translation>(not stage-triggered)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Organisation policy</source>
        <translation>Organisation policy</translation>
    </message>
</context>
<context>
    <name>Stride::AnalyticsFilterBar</name>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>All reps</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Rep:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Last 6 months</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
</context>
<context>
    <name>Stride::BehaviourTypeTableModel</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>Stride::BriefingCard</name>
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
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
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
    <name>Stride::ChangePasswordDialog</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message numerus="yes">
        <source>The new password is too short: it needs at least %n characters.</source>
        <translation>
            <numerusform>The new password is too short: it needs at least %n characters.</numerusform>
            <numerusform>The new password is too short: it needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>The new password is the same as the current one.</translation>
    </message>
    <message>
        <source>Changing the password on the server…</source>
        <translation>Changing the password on the server…</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>The password was changed.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The server refused the new password.</source>
        <translation>The server refused the new password.</translation>
    </message>
    <message>
        <source>The server refused the new password: %1</source>
        <translation>The server refused the new password: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached; the password was not changed. Try again when you are online.</source>
        <translation>The server cannot be reached; the password was not changed. Try again when you are online.</translation>
    </message>
    <message>
        <source>You are signed out; sign in again, then change the password.</source>
        <translation>You are signed out; sign in again, then change the password.</translation>
    </message>
    <message>
        <source>Changing the password is not available for this profile.</source>
        <translation>Changing the password is not available for this profile.</translation>
    </message>
    <message>
        <source>The password was not changed.</source>
        <translation>The password was not changed.</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>The password was not changed: %1</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n characters</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stride::ChartWidget</name>
    <message>
        <source>Copy as image</source>
        <translation>Copy as image</translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard as an image</source>
        <translation>Copy this chart to the clipboard as an image</translation>
    </message>
</context>
<context>
    <name>Stride::ChecklistModel</name>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message numerus="yes">
        <source>order overdue %n day(s)</source>
        <translation>
            <numerusform>order overdue %n day</numerusform>
            <numerusform>order overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open escalation(s)</source>
        <translation>
            <numerusform>%n open escalation</numerusform>
            <numerusform>%n open escalations</numerusform>
        </translation>
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
        <source>Budget %1</source>
        <translation>Budget %1</translation>
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
    <message>
        <source>New opportunity…</source>
        <translation>New opportunity…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (score&apos;s tier %2) = 0.4 × P %3 + 0.3 × S %4 + 0.3 × T %5 &amp;nbsp;&amp;nbsp; P: purchases of the last 3 months %6, as a percentile in the organisation; S: service satisfaction; T: new-product trial participation</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (score&apos;s tier %2) = 0.4 × P %3 + 0.3 × S %4 + 0.3 × T %5 &amp;nbsp;&amp;nbsp; P: purchases of the last 3 months %6, as a percentile in the organisation; S: service satisfaction; T: new-product trial participation</translation>
    </message>
</context>
<context>
    <name>Stride::CustomerEditDialog</name>
    <message>
        <source>The customer needs a name.</source>
        <translation>The customer needs a name.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s industry.</source>
        <translation>Choose the customer&apos;s industry.</translation>
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
    <message>
        <source>Choose the customer&apos;s owner.</source>
        <translation>Choose the customer&apos;s owner.</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>T&amp;ier:</translation>
    </message>
    <message>
        <source>Automatic (from score)</source>
        <translation>Automatic (from score)</translation>
    </message>
    <message>
        <source>Automatic: the tier follows the value score. A, B or C pins it by hand.</source>
        <translation>Automatic: the tier follows the value score. A, B or C pins it by hand.</translation>
    </message>
    <message>
        <source>Only an admin or a supervisor may pin a tier by hand.</source>
        <translation>Only an admin or a supervisor may pin a tier by hand.</translation>
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
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n+ customer(s), counting…</source>
        <translation>
            <numerusform>%n+ customer, counting…</numerusform>
            <numerusform>%n+ customers, counting…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stride::DashboardPage</name>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
</context>
<context>
    <name>Stride::DashboardView</name>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>The figures could not be computed: %1</translation>
    </message>
    <message>
        <source>Reached the stage</source>
        <translation>Reached the stage</translation>
    </message>
    <message>
        <source>In the stage now</source>
        <translation>In the stage now</translation>
    </message>
    <message>
        <source>No opportunity was created in this period and scope.</source>
        <translation>No opportunity was created in this period and scope.</translation>
    </message>
    <message>
        <source>Opportunities (count)</source>
        <translation>Opportunities (count)</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies): %1 won, %2 lost, win rate %3.</source>
        <translation>
            <numerusform>%n opportunity: %1 won, %2 lost, win rate %3.</numerusform>
            <numerusform>%n opportunities: %1 won, %2 lost, win rate %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversion: %1.</source>
        <translation>Conversion: %1.</translation>
    </message>
    <message>
        <source>Top lost reasons: %1.</source>
        <translation>Top lost reasons: %1.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>No completed stage stays in this period and scope.</source>
        <translation>No completed stage stays in this period and scope.</translation>
    </message>
    <message>
        <source>Days in stage (days)</source>
        <translation>Days in stage (days)</translation>
    </message>
    <message>
        <source>Selected scope</source>
        <translation>Selected scope</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>No standard action was due in this period.</source>
        <translation>No standard action was due in this period.</translation>
    </message>
    <message>
        <source>Coverage (% of reps due)</source>
        <translation>Coverage (% of reps due)</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Target %1 %</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No rep in this scope.</source>
        <translation>No rep in this scope.</translation>
    </message>
    <message>
        <source>Behaviour points (pts)</source>
        <translation>Behaviour points (pts)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>upcoming</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Sales funnel</translation>
    </message>
    <message>
        <source>Days in stage (completed stays)</source>
        <translation>Days in stage (completed stays)</translation>
    </message>
    <message>
        <source>Standard-action coverage by month</source>
        <translation>Standard-action coverage by month</translation>
    </message>
    <message>
        <source>Behaviour points leaderboard by category</source>
        <translation>Behaviour points leaderboard by category</translation>
    </message>
    <message>
        <source>Process-health lights</source>
        <translation>Process-health lights</translation>
    </message>
    <message>
        <source>Forecast board</source>
        <translation>Forecast board</translation>
    </message>
    <message>
        <source>Payment countdown</source>
        <translation>Payment countdown</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>Updating the figures…</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>Payments: %1 overdue (%2), %3 due within 15 days (%4). Computed in %5 ms.</source>
        <translation>Payments: %1 overdue (%2), %3 due within 15 days (%4). Computed in %5 ms.</translation>
    </message>
    <message>
        <source>Some figures failed: %1</source>
        <translation>Some figures failed: %1</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1 (partial)</translation>
    </message>
    <message>
        <source>Below the %1 % target</source>
        <translation>Below the %1 % target</translation>
    </message>
    <message>
        <source>%1 below the %2 % target in: %3.</source>
        <translation>%1 below the %2 % target in: %3.</translation>
    </message>
    <message>
        <source>%1 met the %2 % target in every month with data.</source>
        <translation>%1 met the %2 % target in every month with data.</translation>
    </message>
    <message>
        <source>%1 is still running: its coverage is partial and does not count for the alert.</source>
        <translation>%1 is still running: its coverage is partial and does not count for the alert.</translation>
    </message>
    <message>
        <source>Coverage fell two complete months in a row (%1): this predicts a revenue dip next quarter.</source>
        <translation>Coverage fell two complete months in a row (%1): this predicts a revenue dip next quarter.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Dashed lines: the benchmarks the server computed over every rep (%1).</source>
        <translation>Dashed lines: the benchmarks the server computed over every rep (%1).</translation>
    </message>
    <message>
        <source>Leaderboard: %1</source>
        <translation>Leaderboard: %1</translation>
    </message>
    <message numerus="yes">
        <source>win rate %1, %2 to win on average (%n deal(s))</source>
        <translation>
            <numerusform>win rate %1, %2 to win on average (%n deal)</numerusform>
            <numerusform>win rate %1, %2 to win on average (%n deals)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No team or organisation benchmark on this laptop yet — sync to compare with them.</source>
        <translation>No team or organisation benchmark on this laptop yet — sync to compare with them.</translation>
    </message>
    <message>
        <source>Compared with (deals created in the last 180 days):</source>
        <translation>Compared with (deals created in the last 180 days):</translation>
    </message>
    <message>
        <source>Export forecast and payments…</source>
        <translation>Export forecast and payments…</translation>
    </message>
    <message>
        <source>Save the forecast board and the payment countdown as an Excel workbook</source>
        <translation>Save the forecast board and the payment countdown as an Excel workbook</translation>
    </message>
</context>
<context>
    <name>Stride::ExportFlow</name>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Save what this page shows as an Excel workbook</source>
        <translation>Save what this page shows as an Excel workbook</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>The workbook was saved as %1.</source>
        <translation>The workbook was saved as %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
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
        <source>Connect to my company&apos;s server</source>
        <translation>Connect to my company&apos;s server</translation>
    </message>
    <message>
        <source>Sign in to your organisation&apos;s Stride server.</source>
        <translation>Sign in to your organisation&apos;s Stride server.</translation>
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
    <name>Stride::ForecastBoardView</name>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message numerus="yes">
        <source>%n forecast deal(s) worth %1. Backed by ≥ 2 evidence signals: %2 of deals (%3 of the amount); evidence fresh within 72 h: %4. Rolling 90-day accuracy: %5 (won %6 of %7 forecast).</source>
        <translation>
            <numerusform>%n forecast deal worth %1. Backed by ≥ 2 evidence signals: %2 of deals (%3 of the amount); evidence fresh within 72 h: %4. Rolling 90-day accuracy: %5 (won %6 of %7 forecast).</numerusform>
            <numerusform>%n forecast deals worth %1. Backed by ≥ 2 evidence signals: %2 of deals (%3 of the amount); evidence fresh within 72 h: %4. Rolling 90-day accuracy: %5 (won %6 of %7 forecast).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Similar deals: days to sign</source>
        <translation>Similar deals: days to sign</translation>
    </message>
    <message>
        <source>no similar deals</source>
        <translation>no similar deals</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>high risk</translation>
    </message>
    <message>
        <source>backed</source>
        <translation>backed</translation>
    </message>
    <message>
        <source>Forecast deals</source>
        <translation>Forecast deals</translation>
    </message>
    <message>
        <source>The forecast missed by %1 (more than 25 %): root causes</source>
        <translation>The forecast missed by %1 (more than 25 %): root causes</translation>
    </message>
    <message>
        <source>Forecast within 25 % of the outcome: no root-cause list.</source>
        <translation>Forecast within 25 % of the outcome: no root-cause list.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>slipped</source>
        <translation>slipped</translation>
    </message>
    <message>
        <source>fewer than 2 signals</source>
        <translation>fewer than 2 signals</translation>
    </message>
    <message numerus="yes">
        <source>%n similar deal(s): %1 days</source>
        <translation>
            <numerusform>%n similar deal: %1 days</numerusform>
            <numerusform>%n similar deals: %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ± %2 days (%n similar deal(s))</source>
        <translation>
            <numerusform>%1 ± %2 days (%n similar deal)</numerusform>
            <numerusform>%1 ± %2 days (%n similar deals)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (past by %n day(s))</source>
        <translation>
            <numerusform>%1 (past by %n day)</numerusform>
            <numerusform>%1 (past by %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) still open past their expected close date.</source>
        <translation>
            <numerusform>%n deal still open past their expected close date.</numerusform>
            <numerusform>%n deals still open past their expected close date.</numerusform>
        </translation>
    </message>
    <message>
        <source>The expected close date has passed while the deal is still open: update the date or the stage.</source>
        <translation>The expected close date has passed while the deal is still open: update the date or the stage.</translation>
    </message>
    <message>
        <source>A spread needs at least %1 similar deals.</source>
        <translation>A spread needs at least %1 similar deals.</translation>
    </message>
    <message>
        <source>Similar-deal cycles: %1</source>
        <translation>Similar-deal cycles: %1</translation>
    </message>
</context>
<context>
    <name>Stride::HealthLightGrid</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1: no key action was due in this period.</source>
        <translation>%1: no key action was due in this period.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 key actions done in time (%4 %).</source>
        <translation>%1: %2 of %3 key actions done in time (%4 %).</translation>
    </message>
    <message numerus="yes">
        <source>%1 — missed %n time(s)</source>
        <translation>
            <numerusform>%1 — missed %n time</numerusform>
            <numerusform>%1 — missed %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Key-action completion: green above 90 %, yellow 70–90 %, red below 70 %, grey: nothing due. Choose a red light to see its top missing actions.</source>
        <translation>Key-action completion: green above 90 %, yellow 70–90 %, red below 70 %, grey: nothing due. Choose a red light to see its top missing actions.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1, process health %2</source>
        <translation>%1, process health %2</translation>
    </message>
    <message>
        <source>Top missing actions</source>
        <translation>Top missing actions</translation>
    </message>
</context>
<context>
    <name>Stride::ImportWizard</name>
    <message>
        <source>Choose a file to import</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx)</source>
        <translation>CSV files and Excel workbooks (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>The rows could not be checked: %1</source>
        <translation>The rows could not be checked: %1</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with %1 columns.</source>
        <translation>
            <numerusform>%n row with %1 columns.</numerusform>
            <numerusform>%n rows with %1 columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet: %1.</source>
        <translation>Sheet: %1.</translation>
    </message>
    <message>
        <source>Encoding: %1.</source>
        <translation>Encoding: %1.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>The file has a header but no rows.</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook (.xlsx).</source>
        <translation>Choose a CSV file or an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Choose a column for each required field: %1.</source>
        <translation>Choose a column for each required field: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as they will be stored. Rejected rows are tinted; hover over them for the reason.</source>
        <translation>
            <numerusform>The first %n row as they will be stored. Rejected rows are tinted; hover over them for the reason.</numerusform>
            <numerusform>The first %n rows as they will be stored. Rejected rows are tinted; hover over them for the reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>The file has no rows to import.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The first %1 of %2 problems are listed; the saved report has them all.</source>
        <translation>The first %1 of %2 problems are listed; the saved report has them all.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: %1 new, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation>
            <numerusform>%n row checked: %1 new, %2 to update, %3 unchanged, %4 rejected.</numerusform>
            <numerusform>%n rows checked: %1 new, %2 to update, %3 unchanged, %4 rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows are left out; the other rows are imported.</source>
        <translation>Rejected rows are left out; the other rows are imported.</translation>
    </message>
    <message>
        <source>Writing the rows…</source>
        <translation>Writing the rows…</translation>
    </message>
    <message>
        <source>Checking the rows again…</source>
        <translation>Checking the rows again…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>The import failed, nothing was written: %1</source>
        <translation>The import failed, nothing was written: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are invalid, and the import was to happen only if every row is valid.</source>
        <translation>
            <numerusform>Nothing was imported: %n row are invalid, and the import was to happen only if every row is valid.</numerusform>
            <numerusform>Nothing was imported: %n rows are invalid, and the import was to happen only if every row is valid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 rejected. The rows are sent with the next sync.</source>
        <translation>Imported: %1 new, %2 updated, %3 unchanged, %4 rejected. The rows are sent with the next sync.</translation>
    </message>
    <message>
        <source>%1 import report</source>
        <translation>%1 import report</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Save the import report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
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
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Satisfaction (0–100)</source>
        <translation>Satisfaction (0–100)</translation>
    </message>
    <message>
        <source>Trial participation (0–100)</source>
        <translation>Trial participation (0–100)</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Stride id</source>
        <translation>Stride id</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation>Customer address</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation>Role in the decision</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Chinese Excel)</source>
        <translation>GB18030 / GBK (Chinese Excel)</translation>
    </message>
    <message>
        <source> + </source>
        <translation> + </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Customers, contacts or orders from a CSV file or an Excel workbook. Nothing is written before the last step.</source>
        <translation>Customers, contacts or orders from a CSV file or an Excel workbook. Nothing is written before the last step.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Choose the field each column of the file fills. Columns set to “Ignore” are left out.</source>
        <translation>Choose the field each column of the file fills. Columns set to “Ignore” are left out.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Every row is checked; the first rows are shown as they will be stored.</source>
        <translation>Every row is checked; the first rows are shown as they will be stored.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>What the import will do, and the rows that cannot be imported.</source>
        <translation>What the import will do, and the rows that cannot be imported.</translation>
    </message>
    <message>
        <source>The rows are written in one step: all of them, or none if cancelled.</source>
        <translation>The rows are written in one step: all of them, or none if cancelled.</translation>
    </message>
    <message>
        <source>A header row names the columns; the next step matches them to Stride&apos;s fields.</source>
        <translation>A header row names the columns; the next step matches them to Stride&apos;s fields.</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Import:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>The rows go into your own book: customers become yours, and rows of other reps&apos; customers are rejected.</source>
        <translation>The rows go into your own book: customers become yours, and rows of other reps&apos; customers are rejected.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>The same record when these match:</source>
        <translation>The same record when these match:</translation>
    </message>
    <message>
        <source>Fields marked * are required. A row whose key matches an existing record updates it.</source>
        <translation>Fields marked * are required. A row whose key matches an existing record updates it.</translation>
    </message>
    <message>
        <source>Import only if every row is valid</source>
        <translation>Import only if every row is valid</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
</context>
<context>
    <name>Stride::KnowledgePage</name>
    <message>
        <source>“%1”
%2 — %3, %4 · %5</source>
        <translation>“%1”
%2 — %3, %4 · %5</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>Approval process</source>
        <translation>Approval process</translation>
    </message>
    <message>
        <source>Technical fit</source>
        <translation>Technical fit</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Could not read the insights: %1</source>
        <translation>Could not read the insights: %1</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>No approved insight matches.</source>
        <translation>No approved insight matches.</translation>
    </message>
    <message>
        <source>Only a supervisor, director or admin approves insights.</source>
        <translation>Only a supervisor, director or admin approves insights.</translation>
    </message>
    <message>
        <source>Select the insights to review first.</source>
        <translation>Select the insights to review first.</translation>
    </message>
    <message>
        <source>Could not review the insight: %1</source>
        <translation>Could not review the insight: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s) approved into the knowledge base.</source>
        <translation>
            <numerusform>%n insight approved into the knowledge base.</numerusform>
            <numerusform>%n insights approved into the knowledge base.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s) rejected.</source>
        <translation>
            <numerusform>%n insight rejected.</numerusform>
            <numerusform>%n insights rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insights awaiting approval</source>
        <translation>Insights awaiting approval</translation>
    </message>
    <message>
        <source>One-line insights written by the team with their visits. Approve the useful ones into the knowledge base; reject the rest.</source>
        <translation>One-line insights written by the team with their visits. Approve the useful ones into the knowledge base; reject the rest.</translation>
    </message>
    <message>
        <source>Your insights that wait for your supervisor&apos;s approval.</source>
        <translation>Your insights that wait for your supervisor&apos;s approval.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Search approved insights…</source>
        <translation>Search approved insights…</translation>
    </message>
    <message>
        <source>Search approved insights</source>
        <translation>Search approved insights</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation>&amp;Objection:</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>Any industry</translation>
    </message>
    <message>
        <source>Any objection</source>
        <translation>Any objection</translation>
    </message>
    <message>
        <source>Approved insights</source>
        <translation>Approved insights</translation>
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
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>There is no saved profile named &quot;%1&quot;.</translation>
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
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Demo data as of %1</source>
        <translation>Demo data as of %1</translation>
    </message>
    <message>
        <source>This demo organisation&apos;s history ends on %1, so its figures are read as of that day rather than today&apos;s date.</source>
        <translation>This demo organisation&apos;s history ends on %1, so its figures are read as of that day rather than today&apos;s date.</translation>
    </message>
    <message>
        <source>Import finished; the rows will be sent with the next sync.</source>
        <translation>Import finished; the rows will be sent with the next sync.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Save what the current page shows as an Excel workbook (%1)</source>
        <translation>Save what the current page shows as an Excel workbook (%1)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import customers, contacts or orders from a CSV file or an Excel workbook (%1)</source>
        <translation>Import customers, contacts or orders from a CSV file or an Excel workbook (%1)</translation>
    </message>
</context>
<context>
    <name>Stride::NewOpportunityDialog</name>
    <message>
        <source>Choose the customer.</source>
        <translation>Choose the customer.</translation>
    </message>
    <message>
        <source>The opportunity needs a title.</source>
        <translation>The opportunity needs a title.</translation>
    </message>
    <message>
        <source>Fill the required lead fields: %1.</source>
        <translation>Fill the required lead fields: %1.</translation>
    </message>
    <message>
        <source>The opportunity was not saved: %1</source>
        <translation>The opportunity was not saved: %1</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>New opportunity</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>&amp;Expected close:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>&amp;Budget band:</source>
        <translation>&amp;Budget band:</translation>
    </message>
    <message>
        <source>Decision c&amp;hain:</source>
        <translation>Decision c&amp;hain:</translation>
    </message>
    <message>
        <source>De&amp;mand stage:</source>
        <translation>De&amp;mand stage:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Type a name to find the customer</source>
        <translation>Type a name to find the customer</translation>
    </message>
    <message>
        <source>%1 — every opportunity starts here</source>
        <translation>%1 — every opportunity starts here</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(required)</translation>
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
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>The amount is ¥0. Enter the deal&apos;s expected amount, or press Save again to keep ¥0.</source>
        <translation>The amount is ¥0. Enter the deal&apos;s expected amount, or press Save again to keep ¥0.</translation>
    </message>
    <message>
        <source>%1 is far below the budget band %2. Check the amount, or press Save again to keep it.</source>
        <translation>%1 is far below the budget band %2. Check the amount, or press Save again to keep it.</translation>
    </message>
    <message>
        <source>%1 is far above the budget band %2. Check the amount, or press Save again to keep it.</source>
        <translation>%1 is far above the budget band %2. Check the amount, or press Save again to keep it.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>Stride::OpportunityPanel</name>
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
    <message>
        <source>Not moved.</source>
        <translation>Not moved.</translation>
    </message>
    <message>
        <source>A payment milestone cannot be due before the deal was created (%1).</source>
        <translation>A payment milestone cannot be due before the deal was created (%1).</translation>
    </message>
</context>
<context>
    <name>Stride::OpportunityTimeline</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Could not read the opportunity: %1</source>
        <translation>Could not read the opportunity: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · owner %3 · %4 · stage %5 · expected close %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · owner %3 · %4 · stage %5 · expected close %6</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>current stage</source>
        <translation>current stage</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Visit (%1)</source>
        <translation>Visit (%1)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Payment due</translation>
    </message>
    <message>
        <source>%1, paid %2</source>
        <translation>%1, paid %2</translation>
    </message>
    <message>
        <source>%1, unpaid</source>
        <translation>%1, unpaid</translation>
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
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Opportunity timeline</source>
        <translation>Opportunity timeline</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
</context>
<context>
    <name>Stride::OrgFiguresAge</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A QDateTime::toString format of a recent day, e.g. &quot;7 Dec&quot; (zh: &quot;M月d日&quot;)</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A QDateTime::toString format of a day in another year, e.g. &quot;7 Dec 2025&quot;</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Computed on this laptop from your own deals — sync to compare with the organisation</source>
        <translation>Computed on this laptop from your own deals — sync to compare with the organisation</translation>
    </message>
    <message>
        <source>Computed on this laptop from your own visits — sync to compare with the organisation</source>
        <translation>Computed on this laptop from your own visits — sync to compare with the organisation</translation>
    </message>
    <message>
        <source>Computed on this laptop from your own customers — sync to compare with the organisation</source>
        <translation>Computed on this laptop from your own customers — sync to compare with the organisation</translation>
    </message>
    <message>
        <source>Organisation figures from %1</source>
        <translation>Organisation figures from %1</translation>
    </message>
    <message>
        <source>Organisation figures as of %1</source>
        <translation>Organisation figures as of %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) old: sync to refresh)</source>
        <translation>
            <numerusform>(%n day old: sync to refresh)</numerusform>
            <numerusform>(%n days old: sync to refresh)</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop has not received the organisation&apos;s figures from the server yet, so this figure compares only with what this laptop holds. Sync to use the figures the server computes over the whole organisation.</source>
        <translation>This laptop has not received the organisation&apos;s figures from the server yet, so this figure compares only with what this laptop holds. Sync to use the figures the server computes over the whole organisation.</translation>
    </message>
    <message>
        <source>Computed by the server over the whole organisation at %1; every laptop shows the same figure. Offline, the last figures received stay in use.</source>
        <translation>Computed by the server over the whole organisation at %1; every laptop shows the same figure. Offline, the last figures received stay in use.</translation>
    </message>
    <message numerus="yes">
        <source>They are more than %n day(s) old: sync to bring them up to date.</source>
        <translation>
            <numerusform>They are more than %n day old: sync to bring them up to date.</numerusform>
            <numerusform>They are more than %n days old: sync to bring them up to date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stride::PeopleTableModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
    <message>
        <source>%1 (%2; the %3 closing soonest listed)</source>
        <translation>%1 (%2; the %3 closing soonest listed)</translation>
    </message>
    <message>
        <source>Days since the deal entered its stage. The dwell light counts idle days instead: a visit on the customer restarts them.</source>
        <translation>Days since the deal entered its stage. The dwell light counts idle days instead: a visit on the customer restarts them.</translation>
    </message>
    <message>
        <source>Idle days</source>
        <translation>Idle days</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>%1: idle %2 days, more than the %3-day red limit of %4.</source>
        <translation>%1: idle %2 days, more than the %3-day red limit of %4.</translation>
    </message>
    <message>
        <source>%1: idle %2 days, more than the %3-day yellow limit of %4 (red after %5 days).</source>
        <translation>%1: idle %2 days, more than the %3-day yellow limit of %4 (red after %5 days).</translation>
    </message>
    <message>
        <source>%1: idle %2 days, within the %3-day yellow limit of %4 (red after %5 days).</source>
        <translation>%1: idle %2 days, within the %3-day yellow limit of %4 (red after %5 days).</translation>
    </message>
    <message>
        <source>Last activity: a visit on %1.</source>
        <translation>Last activity: a visit on %1.</translation>
    </message>
    <message>
        <source>Last activity: entered the stage on %1; no visit since.</source>
        <translation>Last activity: entered the stage on %1; no visit since.</translation>
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
        <translation>
            <numerusform>%n open or recently signed deal, grouped by stage. Select one to change its stage, lead fields, evidence and payments.</numerusform>
            <numerusform>%n open or recently signed deals, grouped by stage. Select one to change its stage, lead fields, evidence and payments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <translation>Deals by stage</translation>
    </message>
    <message>
        <source>Loading deals…</source>
        <translation>Loading deals…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>New opportunity…</source>
        <translation>New opportunity…</translation>
    </message>
    <message>
        <source>New opportunity (%1)</source>
        <translation>New opportunity (%1)</translation>
    </message>
</context>
<context>
    <name>Stride::PolicyEditor</name>
    <message>
        <source>Sum: %1</source>
        <translation>Sum: %1</translation>
    </message>
    <message>
        <source>Sum: %1 (must be 1.00)</source>
        <translation>Sum: %1 (must be 1.00)</translation>
    </message>
    <message>
        <source>Required lead fields</source>
        <translation>Required lead fields</translation>
    </message>
    <message>
        <source>An opportunity cannot be saved until these are filled in.</source>
        <translation>An opportunity cannot be saved until these are filled in.</translation>
    </message>
    <message>
        <source>Customer value score</source>
        <translation>Customer value score</translation>
    </message>
    <message>
        <source>Weight of purchases (P):</source>
        <translation>Weight of purchases (P):</translation>
    </message>
    <message>
        <source>Weight of satisfaction (S):</source>
        <translation>Weight of satisfaction (S):</translation>
    </message>
    <message>
        <source>Weight of new-product trial (T):</source>
        <translation>Weight of new-product trial (T):</translation>
    </message>
    <message>
        <source>Tier A from score:</source>
        <translation>Tier A from score:</translation>
    </message>
    <message>
        <source>Tier B from score:</source>
        <translation>Tier B from score:</translation>
    </message>
    <message>
        <source>Stage dwell thresholds</source>
        <translation>Stage dwell thresholds</translation>
    </message>
    <message>
        <source>Yellow after (days)</source>
        <translation>Yellow after (days)</translation>
    </message>
    <message>
        <source>Red after (days)</source>
        <translation>Red after (days)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Language of tasks and messages:</source>
        <translation>Language of tasks and messages:</translation>
    </message>
    <message>
        <source>Time zone of days and months:</source>
        <translation>Time zone of days and months:</translation>
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
        <source>Server&apos;s reason</source>
        <translation>Server&apos;s reason</translation>
    </message>
    <message>
        <source>Fields sent</source>
        <translation>Fields sent</translation>
    </message>
</context>
<context>
    <name>Stride::RuleEditor</name>
    <message>
        <source>This rule nests groups of conditions, which this form cannot show.</source>
        <translation>This rule nests groups of conditions, which this form cannot show.</translation>
    </message>
    <message>
        <source>This rule tests “%1” in a way this form does not know.</source>
        <translation>This rule tests “%1” in a way this form does not know.</translation>
    </message>
    <message>
        <source>This rule&apos;s action “%1” is not one this form knows.</source>
        <translation>This rule&apos;s action “%1” is not one this form knows.</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>values separated by commas</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Company size</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
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
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Satisfaction (0–100)</source>
        <translation>Satisfaction (0–100)</translation>
    </message>
    <message>
        <source>New-product trial (0–100)</source>
        <translation>New-product trial (0–100)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Purchases in 12 months (¥)</source>
        <translation>Purchases in 12 months (¥)</translation>
    </message>
    <message>
        <source>Orders in 12 months</source>
        <translation>Orders in 12 months</translation>
    </message>
    <message>
        <source>Open deal: stage</source>
        <translation>Open deal: stage</translation>
    </message>
    <message>
        <source>Open deal: days in stage</source>
        <translation>Open deal: days in stage</translation>
    </message>
    <message>
        <source>Latest visit: competitor notes</source>
        <translation>Latest visit: competitor notes</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>is not</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>more than</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>less than</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>is one of</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>is filled in</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message numerus="yes">
        <source>Tasks every %n day(s): %1</source>
        <translation>
            <numerusform>Tasks every %n day: %1</numerusform>
            <numerusform>Tasks every %n days: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Tasks: %1</translation>
    </message>
    <message numerus="yes">
        <source>Visit every %n day(s)</source>
        <translation>
            <numerusform>Visit every %n day</numerusform>
            <numerusform>Visit every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalate to the supervisor</source>
        <translation>Escalate to the supervisor</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Remove this condition</translation>
    </message>
    <message>
        <source>Condition field</source>
        <translation>Condition field</translation>
    </message>
    <message>
        <source>Condition operator</source>
        <translation>Condition operator</translation>
    </message>
    <message>
        <source>Condition value</source>
        <translation>Condition value</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Customers matching</source>
        <translation>Customers matching</translation>
    </message>
    <message>
        <source>all of these conditions</source>
        <translation>all of these conditions</translation>
    </message>
    <message>
        <source>any of these conditions</source>
        <translation>any of these conditions</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Add condition</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Create tasks for the customer&apos;s owner</source>
        <translation>Create tasks for the customer&apos;s owner</translation>
    </message>
    <message>
        <source>Set the visit cadence</source>
        <translation>Set the visit cadence</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repeat every</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Tasks (title, track, due):</source>
        <translation>Tasks (title, track, due):</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Visit every</source>
        <translation>Visit every</translation>
    </message>
    <message>
        <source>Puts a task on the supervisor&apos;s list for each deal that matches.</source>
        <translation>Puts a task on the supervisor&apos;s list for each deal that matches.</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Task title</translation>
    </message>
    <message>
        <source>Track (optional)</source>
        <translation>Track (optional)</translation>
    </message>
    <message>
        <source>due in</source>
        <translation>due in</translation>
    </message>
    <message>
        <source>Remove this task</source>
        <translation>Remove this task</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>Chinese name:</translation>
    </message>
</context>
<context>
    <name>Stride::RuleTableModel</name>
    <message>
        <source>When: %1
Then: %2</source>
        <translation>When: %1
Then: %2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Stride::SandboxPage</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Visits (count)</source>
        <translation>Visits (count)</translation>
    </message>
    <message>
        <source>Effective call minutes (min)</source>
        <translation>Effective call minutes (min)</translation>
    </message>
    <message>
        <source>On-site visit share (%)</source>
        <translation>On-site visit share (%)</translation>
    </message>
    <message>
        <source>Needs-confirmation rate (%)</source>
        <translation>Needs-confirmation rate (%)</translation>
    </message>
    <message>
        <source>Behaviour points (pts)</source>
        <translation>Behaviour points (pts)</translation>
    </message>
    <message>
        <source>Key-action completion (%)</source>
        <translation>Key-action completion (%)</translation>
    </message>
    <message numerus="yes">
        <source>No coefficient: only %n rep(s) have both this metric and a closed deal (3 are needed).</source>
        <translation>
            <numerusform>No coefficient: only %n rep has both this metric and a closed deal (3 are needed).</numerusform>
            <numerusform>No coefficient: only %n reps have both this metric and a closed deal (3 are needed).</numerusform>
        </translation>
    </message>
    <message>
        <source>No coefficient: the values do not vary between reps.</source>
        <translation>No coefficient: the values do not vary between reps.</translation>
    </message>
    <message>
        <source>a strong</source>
        <translation>a strong</translation>
    </message>
    <message>
        <source>a moderate</source>
        <translation>a moderate</translation>
    </message>
    <message>
        <source>only a weak</source>
        <translation>only a weak</translation>
    </message>
    <message>
        <source>reps with a higher %1 tend to win more often</source>
        <translation>reps with a higher %1 tend to win more often</translation>
    </message>
    <message>
        <source>reps with a higher %1 tend to win less often</source>
        <translation>reps with a higher %1 tend to win less often</translation>
    </message>
    <message numerus="yes">
        <source>Pearson r = %1 over %n rep(s): %2 link — %3.</source>
        <translation>
            <numerusform>Pearson r = %1 over %n rep: %2 link — %3.</numerusform>
            <numerusform>Pearson r = %1 over %n reps: %2 link — %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 against win rate</source>
        <translation>%1 against win rate</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Could not compute: %1</source>
        <translation>Could not compute: %1</translation>
    </message>
    <message>
        <source>No rep has both a value and a closed deal in this period.</source>
        <translation>No rep has both a value and a closed deal in this period.</translation>
    </message>
    <message>
        <source>Win rate (%)</source>
        <translation>Win rate (%)</translation>
    </message>
    <message>
        <source>Process sandbox: choose two process metrics and see how each goes with the win rate, one point per rep, with the Pearson correlation coefficient.</source>
        <translation>Process sandbox: choose two process metrics and see how each goes with the win rate, one point per rep, with the Pearson correlation coefficient.</translation>
    </message>
    <message>
        <source>&amp;First metric:</source>
        <translation>&amp;First metric:</translation>
    </message>
    <message>
        <source>&amp;Second metric:</source>
        <translation>&amp;Second metric:</translation>
    </message>
    <message>
        <source>First metric</source>
        <translation>First metric</translation>
    </message>
    <message>
        <source>Second metric</source>
        <translation>Second metric</translation>
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
        <source>Certificate: the system&apos;s certificate authorities</source>
        <translation>Certificate: the system&apos;s certificate authorities</translation>
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
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one the next time you sign in.</source>
        <translation>Your password was changed. Use the new one the next time you sign in.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Change the password of %1 on the server</source>
        <translation>Change the password of %1 on the server</translation>
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
    <name>Stride::StageChangeDialog</name>
    <message>
        <source>A lost deal needs a reason.</source>
        <translation>A lost deal needs a reason.</translation>
    </message>
    <message>
        <source>Confirm that the deal skips these stages.</source>
        <translation>Confirm that the deal skips these stages.</translation>
    </message>
    <message>
        <source>Enter the contract amount.</source>
        <translation>Enter the contract amount.</translation>
    </message>
    <message>
        <source>Add at least one payment milestone.</source>
        <translation>Add at least one payment milestone.</translation>
    </message>
    <message>
        <source>A payment milestone cannot be due before the deal was created (%1).</source>
        <translation>A payment milestone cannot be due before the deal was created (%1).</translation>
    </message>
    <message>
        <source>%1 is far below the budget band %2. Check the amount, or confirm it below.</source>
        <translation>%1 is far below the budget band %2. Check the amount, or confirm it below.</translation>
    </message>
    <message>
        <source>%1 is far above the budget band %2. Check the amount, or confirm it below.</source>
        <translation>%1 is far above the budget band %2. Check the amount, or confirm it below.</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Not moved: %1</translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>Move deal</translation>
    </message>
    <message>
        <source>Move “%1” from %2 to %3.</source>
        <translation>Move “%1” from %2 to %3.</translation>
    </message>
    <message>
        <source>Skipped stages</source>
        <translation>Skipped stages</translation>
    </message>
    <message>
        <source>This move skips %1. The method goes through every stage: skip only if the deal really passed them. They are recorded as skipped (no time spent in them).</source>
        <translation>This move skips %1. The method goes through every stage: skip only if the deal really passed them. They are recorded as skipped (no time spent in them).</translation>
    </message>
    <message>
        <source>Skip these stages</source>
        <translation>Skip these stages</translation>
    </message>
    <message>
        <source>Reason the deal was lost (required)</source>
        <translation>Reason the deal was lost (required)</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Lost reason</translation>
    </message>
    <message>
        <source>Contract and payments</source>
        <translation>Contract and payments</translation>
    </message>
    <message>
        <source>Contract &amp;amount:</source>
        <translation>Contract &amp;amount:</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>Contract amount</translation>
    </message>
    <message numerus="yes">
        <source>%n payment milestone(s) already recorded.</source>
        <translation>
            <numerusform>%n payment milestone already recorded.</numerusform>
            <numerusform>%n payment milestones already recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment milestones (at least one):</source>
        <translation>Payment milestones (at least one):</translation>
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
        <source>The amount is right</source>
        <translation>The amount is right</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>Stride::StandardActionTableModel</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>Due after entering</source>
        <translation>Due after entering</translation>
    </message>
    <message>
        <source>Fulfilled by</source>
        <translation>Fulfilled by</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Kept the server&apos;s value.</source>
        <translation>Kept the server&apos;s value.</translation>
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
        <translation>
            <numerusform>%n local change waiting to be sent.</numerusform>
            <numerusform>%n local changes waiting to be sent.</numerusform>
        </translation>
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
        <source>Conflicts: someone else changed the same field; the server kept theirs. Compare, then restore yours or keep the server&apos;s.</source>
        <translation>Conflicts: someone else changed the same field; the server kept theirs. Compare, then restore yours or keep the server&apos;s.</translation>
    </message>
    <message>
        <source>Restore my value</source>
        <translation>Restore my value</translation>
    </message>
    <message>
        <source>Keep server&apos;s value</source>
        <translation>Keep server&apos;s value</translation>
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
    <message>
        <source>Select a refused change first.</source>
        <translation>Select a refused change first.</translation>
    </message>
    <message>
        <source>Dismissed. The server&apos;s value stays; change the record again if needed.</source>
        <translation>Dismissed. The server&apos;s value stays; change the record again if needed.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Hide the selected refused change once you have read the server&apos;s reason</source>
        <translation>Hide the selected refused change once you have read the server&apos;s reason</translation>
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
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
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
    <message>
        <source>Sending changes: %1 of %2…</source>
        <translation>Sending changes: %1 of %2…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n row(s) received…</source>
        <translation>
            <numerusform>Syncing: %n row received…</numerusform>
            <numerusform>Syncing: %n rows received…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stride::TaskActionDialog</name>
    <message>
        <source>Choose the rep to give the task to.</source>
        <translation>Choose the rep to give the task to.</translation>
    </message>
    <message>
        <source>The task was not changed: %1</source>
        <translation>The task was not changed: %1</translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation>Mark task done</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (optional):</translation>
    </message>
    <message>
        <source>Snooze task</source>
        <translation>Snooze task</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>Reassign task</source>
        <translation>Reassign task</translation>
    </message>
    <message>
        <source>&amp;Give to:</source>
        <translation>&amp;Give to:</translation>
    </message>
</context>
<context>
    <name>Stride::TaskActions</name>
    <message>
        <source>Log visit</source>
        <translation>Log visit</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Snooze…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Open deal</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Actions for %1</translation>
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
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>Stride::TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 shown: narrow the search</source>
        <translation>the first %1 shown: narrow the search</translation>
    </message>
    <message>
        <source>Search tasks and customers</source>
        <translation>Search tasks and customers</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Search tasks</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Filter by source</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Only mine</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Open tasks</translation>
    </message>
</context>
<context>
    <name>Stride::TeamPage</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Loading the organisation…</source>
        <translation>Loading the organisation…</translation>
    </message>
    <message>
        <source>Could not read the organisation: %1</source>
        <translation>Could not read the organisation: %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Organisation, teams, reps and opportunities</source>
        <translation>Organisation, teams, reps and opportunities</translation>
    </message>
    <message>
        <source>Opportunity timeline</source>
        <translation>Opportunity timeline</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Rep %1</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
</context>
<context>
    <name>Stride::TeamTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
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
        <source>Today&apos;s checklist is done.</source>
        <translation>Today&apos;s checklist is done.</translation>
    </message>
    <message>
        <source>Pick exactly three key customers for today.</source>
        <translation>Pick exactly three key customers for today.</translation>
    </message>
    <message>
        <source>Everyone has done today&apos;s checklist.</source>
        <translation>Everyone has done today&apos;s checklist.</translation>
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
        <source>Today&apos;s checklist is saved.</source>
        <translation>Today&apos;s checklist is saved.</translation>
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
        <source>Reps who have not done today&apos;s checklist:</source>
        <translation>Reps who have not done today&apos;s checklist:</translation>
    </message>
    <message>
        <source>Reps without a checklist</source>
        <translation>Reps without a checklist</translation>
    </message>
    <message>
        <source>Pick three customers above: a briefing card for each appears here.</source>
        <translation>Pick three customers above: a briefing card for each appears here.</translation>
    </message>
    <message>
        <source>Loading suggestions…</source>
        <translation>Loading suggestions…</translation>
    </message>
    <message>
        <source>Suggestions could not be loaded: %1</source>
        <translation>Suggestions could not be loaded: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The team could not be loaded: %1</source>
        <translation>The team could not be loaded: %1</translation>
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
        <source>%n visit(s) in the last %1 days. A visit of the selected row&apos;s customer is one click away.</source>
        <translation>
            <numerusform>%n visit in the last %1 days. A visit of the selected row&apos;s customer is one click away.</numerusform>
            <numerusform>%n visits in the last %1 days. A visit of the selected row&apos;s customer is one click away.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Log visit</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>Recent visits</translation>
    </message>
    <message>
        <source>Loading visits…</source>
        <translation>Loading visits…</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>This replica was restored from a copy or copied to another computer: it registered as a new device and sent its unsynced changes again.</source>
        <translation>This replica was restored from a copy or copied to another computer: it registered as a new device and sent its unsynced changes again.</translation>
    </message>
    <message>
        <source>The server was restored from a backup: this replica sent again %1 changes it lacked and downloads everything again.</source>
        <translation>The server was restored from a backup: this replica sent again %1 changes it lacked and downloads everything again.</translation>
    </message>
</context>
<context>
    <name>TierText</name>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (pinned)</translation>
    </message>
    <message>
        <source>Tier %1 (pinned)</source>
        <translation>Tier %1 (pinned)</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>No tier yet: the value score has not been computed.</source>
        <translation>No tier yet: the value score has not been computed.</translation>
    </message>
    <message>
        <source>Tier %1 was pinned by hand by an admin or supervisor; the value score does not change it.</source>
        <translation>Tier %1 was pinned by hand by an admin or supervisor; the value score does not change it.</translation>
    </message>
    <message>
        <source>Tier %1 follows the customer&apos;s value score.</source>
        <translation>Tier %1 follows the customer&apos;s value score.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (not a zip package)</source>
        <translation>%1 is not an .xlsx workbook (not a zip package)</translation>
    </message>
    <message>
        <source>the package has no part %1</source>
        <translation>the package has no part %1</translation>
    </message>
    <message>
        <source>cannot open the part %1</source>
        <translation>cannot open the part %1</translation>
    </message>
    <message>
        <source>the part %1 is damaged (zip error %2)</source>
        <translation>the part %1 is damaged (zip error %2)</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook: %2</source>
        <translation>%1 is not an .xlsx workbook: %2</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1: the workbook has no sheets</translation>
    </message>
    <message>
        <source>%1 has no sheet &apos;%2&apos; (sheets: %3)</source>
        <translation>%1 has no sheet &apos;%2&apos; (sheets: %3)</translation>
    </message>
    <message>
        <source>%1: sheet &apos;%2&apos;: %3</source>
        <translation>%1: sheet &apos;%2&apos;: %3</translation>
    </message>
</context>
</TS>
