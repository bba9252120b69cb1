<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>DigitalTwin</name>
    <message>
      <location filename="../../plugin/main.py" line="42" />
      <source>Digital Twin</source>
      <translation>Digital Twin</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="29" />
      <source>Digital Twin (デジタルツイン): PLATEAU and city digital twin tools</source>
      <translation>Digital Twin (デジタルツイン): PLATEAU and city digital twin tools</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="51" />
      <source>Digital Twin algorithms…</source>
      <translation>Digital Twin algorithms…</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="52" />
      <source>Show the Digital Twin algorithms in the Processing Toolbox</source>
      <translation>Show the Digital Twin algorithms in the Processing Toolbox</translation>
    </message>
  </context>
</TS>
