<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>DigitalTwin</name>
    <message>
      <location filename="../../plugin/main.py" line="42" />
      <source>Digital Twin</source>
      <translation>デジタルツイン</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="29" />
      <source>Digital Twin (デジタルツイン): PLATEAU and city digital twin tools</source>
      <translation>デジタルツイン：PLATEAU と都市デジタルツインのツール</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="51" />
      <source>Digital Twin algorithms…</source>
      <translation>デジタルツインのアルゴリズム…</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="52" />
      <source>Show the Digital Twin algorithms in the Processing Toolbox</source>
      <translation>プロセッシングツールボックスにデジタルツインのアルゴリズムを表示</translation>
    </message>
  </context>
</TS>
