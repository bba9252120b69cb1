<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="0" simplifyAlgorithm="0" readOnly="0" styleCategories="AllStyleCategories" simplifyDrawingHints="1" simplifyLocal="1" autoRefreshMode="Disabled" autoRefreshTime="0" symbologyReferenceScale="-1" simplifyDrawingTol="1" hasScaleBasedVisibilityFlag="0" maxScale="0" simplifyMaxScale="1" version="3.40.6-Bratislava" minScale="100000000">
  <renderer-3d layer="" type="rulebased">
    <vector-layer-3d-tiling zoom-levels-count="3" show-bounding-boxes="0"/>
    <rules key="{2bd2334d-021a-4c7e-9982-d15a8a54a430}">
      <rule filter="&quot;class_code&quot; = '201'" key="{29044ea0-5e3d-4a4d-86ec-ba8944ef782c}" description="Paddy field">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="94,118,61,255,rgb:0.36862745098039218,0.46274509803921571,0.23921568627450981,1" ambient="76,97,50,255,rgb:0.29803921568627451,0.38039215686274508,0.19607843137254902,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '202'" key="{4646bf21-1b2a-48cd-b9b6-b68f726941bb}" description="Field">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="118,127,66,255,rgb:0.46274509803921571,0.49803921568627452,0.25882352941176473,1" ambient="97,104,54,255,rgb:0.38039215686274508,0.40784313725490196,0.21176470588235294,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '203'" key="{a9cf816a-308b-47d0-a9e2-785476f55639}" description="Forest">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="33,77,38,255,rgb:0.12941176470588237,0.30196078431372547,0.14901960784313725,1" ambient="27,63,32,255,rgb:0.10588235294117647,0.24705882352941178,0.12549019607843137,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '204'" key="{c1d2a50e-45c2-4acf-bd5c-58f360601f2e}" description="Water">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="66,99,129,255,rgb:0.25882352941176473,0.38823529411764707,0.50588235294117645,1" ambient="54,81,106,255,rgb:0.21176470588235294,0.31764705882352939,0.41568627450980394,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '205'" key="{7c438df7-32aa-42b7-bf29-c42309407482}" description="Other natural land">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="105,116,88,255,rgb:0.41176470588235292,0.45490196078431372,0.34509803921568627,1" ambient="86,94,72,255,rgb:0.33725490196078434,0.36862745098039218,0.28235294117647058,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '211'" key="{8b9eb2cc-ad2d-4668-a15d-92eb84fb4b2d}" description="Residential">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="140,129,55,255,rgb:0.5490196078431373,0.50588235294117645,0.21568627450980393,1" ambient="115,106,45,255,rgb:0.45098039215686275,0.41568627450980394,0.17647058823529413,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '212'" key="{f85b8b28-8c66-4ee1-a356-43e32d2fddb5}" description="Commercial">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="135,61,61,255,rgb:0.52941176470588236,0.23921568627450981,0.23921568627450981,1" ambient="110,50,50,255,rgb:0.43137254901960786,0.19607843137254902,0.19607843137254902,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '213'" key="{5cf02d35-916a-4a14-9092-fab2fda7523c}" description="Industrial">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="82,77,121,255,rgb:0.32156862745098042,0.30196078431372547,0.47450980392156861,1" ambient="68,63,99,255,rgb:0.26666666666666666,0.24705882352941178,0.38823529411764707,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '214'" key="{d0e1f4d8-f4c3-4952-a4fe-76d8c49638df}" description="Public facilities">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="132,88,110,255,rgb:0.51764705882352946,0.34509803921568627,0.43137254901960786,1" ambient="108,72,90,255,rgb:0.42352941176470588,0.28235294117647058,0.35294117647058826,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '215'" key="{a5657248-b1f5-483c-8216-7b1ffe93068f}" description="Road">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="105,105,105,255,rgb:0.41176470588235292,0.41176470588235292,0.41176470588235292,1" ambient="86,86,86,255,rgb:0.33725490196078434,0.33725490196078434,0.33725490196078434,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '216'" key="{068af525-fdde-419a-ab3b-2805391a6453}" description="Transport facilities">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="82,82,82,255,rgb:0.32156862745098042,0.32156862745098042,0.32156862745098042,1" ambient="68,68,68,255,rgb:0.26666666666666666,0.26666666666666666,0.26666666666666666,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '217'" key="{6f906720-2649-47c1-93f1-f161bd618f11}" description="Public open space">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="77,116,82,255,rgb:0.30196078431372547,0.45490196078431372,0.32156862745098042,1" ambient="63,94,68,255,rgb:0.24705882352941178,0.36862745098039218,0.26666666666666666,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '218'" key="{f81d781f-9520-417f-b76c-18ab6ba01f64}" description="Other public facilities">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="110,88,66,255,rgb:0.43137254901960786,0.34509803921568627,0.25882352941176473,1" ambient="90,72,54,255,rgb:0.35294117647058826,0.28235294117647058,0.21176470588235294,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '219'" key="{478fb2b1-9814-4f23-9015-e597b6a26ab8}" description="Farming, forestry and fishery facilities">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="110,105,66,255,rgb:0.43137254901960786,0.41176470588235292,0.25882352941176473,1" ambient="90,86,54,255,rgb:0.35294117647058826,0.33725490196078434,0.21176470588235294,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '220'" key="{d14c2d34-141b-42e7-8e89-644fb0fd88cc}" description="Golf course">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="88,110,61,255,rgb:0.34509803921568627,0.43137254901960786,0.23921568627450981,1" ambient="72,90,50,255,rgb:0.28235294117647058,0.35294117647058826,0.19607843137254902,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '221'" key="{30a1f686-9692-4739-aa93-0caf0aedd9d6}" description="Solar power plant">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="127,110,132,255,rgb:0.49803921568627452,0.43137254901960786,0.51764705882352946,1" ambient="104,90,108,255,rgb:0.40784313725490196,0.35294117647058826,0.42352941176470588,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '222'" key="{11171563-a7b4-49ae-9ab7-67bb3a96e3f7}" description="Surface parking">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="124,124,124,255,rgb:0.48627450980392156,0.48627450980392156,0.48627450980392156,1" ambient="101,101,101,255,rgb:0.396078431372549,0.396078431372549,0.396078431372549,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '223'" key="{78e0e4e7-ed19-4f5d-8f6b-7e7d2925c02c}" description="Other urban use">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="129,118,102,255,rgb:0.50588235294117645,0.46274509803921571,0.40000000000000002,1" ambient="106,97,83,255,rgb:0.41568627450980394,0.38039215686274508,0.32549019607843138,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '224'" key="{78ab26d7-1986-405f-a90f-900c2b9be62c}" description="Unused land">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="135,132,121,255,rgb:0.52941176470588236,0.51764705882352946,0.47450980392156861,1" ambient="110,108,99,255,rgb:0.43137254901960786,0.42352941176470588,0.38823529411764707,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="ELSE" key="{81f51480-a788-4c70-9831-d6d100c3a049}" description="Other or unknown land use">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="140,140,140,255,rgb:0.5490196078431373,0.5490196078431373,0.5490196078431373,1" ambient="115,115,115,255,rgb:0.45098039215686275,0.45098039215686275,0.45098039215686275,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
    </rules>
  </renderer-3d>
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal mode="0" startField="" startExpression="" accumulate="0" enabled="0" fixedDuration="0" durationUnit="min" endField="" durationField="" limitMode="0" endExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation extrusionEnabled="0" zoffset="0" clamping="Relative" showMarkerSymbolInSurfacePlots="0" respectLayerSymbol="1" zscale="1" binding="Centroid" extrusion="0" type="IndividualFeatures" symbology="Line">
    <data-defined-properties>
      <Option type="Map">
        <Option name="name" value="" type="QString"/>
        <Option name="properties"/>
        <Option name="type" value="collection" type="QString"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="" is_animated="0" type="line" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" pass="0" id="{2bbb7bc0-9388-4233-84fb-184c95fb8612}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="align_dash_pattern" value="0" type="QString"/>
            <Option name="capstyle" value="square" type="QString"/>
            <Option name="customdash" value="5;2" type="QString"/>
            <Option name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="customdash_unit" value="MM" type="QString"/>
            <Option name="dash_pattern_offset" value="0" type="QString"/>
            <Option name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="dash_pattern_offset_unit" value="MM" type="QString"/>
            <Option name="draw_inside_polygon" value="0" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="line_color" value="229,182,54,255,rgb:0.89803921568627454,0.71372549019607845,0.21176470588235294,1" type="QString"/>
            <Option name="line_style" value="solid" type="QString"/>
            <Option name="line_width" value="0.6" type="QString"/>
            <Option name="line_width_unit" value="MM" type="QString"/>
            <Option name="offset" value="0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="ring_filter" value="0" type="QString"/>
            <Option name="trim_distance_end" value="0" type="QString"/>
            <Option name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_end_unit" value="MM" type="QString"/>
            <Option name="trim_distance_start" value="0" type="QString"/>
            <Option name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_start_unit" value="MM" type="QString"/>
            <Option name="tweak_dash_pattern_on_corners" value="0" type="QString"/>
            <Option name="use_custom_dash" value="0" type="QString"/>
            <Option name="width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileLineSymbol>
    <profileFillSymbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{ffdc4a00-8b3d-4c9c-afeb-45cc7d28305e}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="229,182,54,255,rgb:0.89803921568627454,0.71372549019607845,0.21176470588235294,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="164,130,39,255,rgb:0.64144350347142753,0.50983443961242081,0.15126268406195162,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.2" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileFillSymbol>
    <profileMarkerSymbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="" is_animated="0" type="marker" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" id="{fee5e3da-4bef-4509-8332-2a7f17f61127}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="angle" value="0" type="QString"/>
            <Option name="cap_style" value="square" type="QString"/>
            <Option name="color" value="229,182,54,255,rgb:0.89803921568627454,0.71372549019607845,0.21176470588235294,1" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="name" value="diamond" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="164,130,39,255,rgb:0.64144350347142753,0.50983443961242081,0.15126268406195162,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.2" type="QString"/>
            <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="size" value="3" type="QString"/>
            <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileMarkerSymbol>
  </elevation>
  <renderer-v2 referencescale="-1" enableorderby="0" symbollevels="0" forceraster="0" type="RuleRenderer">
    <rules key="{4924f3a9-ec70-4667-bcf2-0931c0742214}">
      <rule label="Paddy field" filter="&quot;class_code&quot; = '201'" key="{32cffb36-5479-4237-8be5-b8ea5ee7134a}" symbol="0"/>
      <rule label="Field" filter="&quot;class_code&quot; = '202'" key="{714abb43-db34-4be5-a9ee-530a92646f4f}" symbol="1"/>
      <rule label="Forest" filter="&quot;class_code&quot; = '203'" key="{586cac34-475f-40a4-86c3-041ee599577d}" symbol="2"/>
      <rule label="Water" filter="&quot;class_code&quot; = '204'" key="{b71f6b07-6d42-4092-bc55-c1d1b9059d9e}" symbol="3"/>
      <rule label="Other natural land" filter="&quot;class_code&quot; = '205'" key="{745dbef4-1a23-488c-b81e-34570d3be503}" symbol="4"/>
      <rule label="Residential" filter="&quot;class_code&quot; = '211'" key="{246cfa7d-f78b-4683-bdf3-e66426f5cfe4}" symbol="5"/>
      <rule label="Commercial" filter="&quot;class_code&quot; = '212'" key="{361d5530-6359-4935-96a7-00855e2fda33}" symbol="6"/>
      <rule label="Industrial" filter="&quot;class_code&quot; = '213'" key="{ee555496-c56c-4037-86a3-62acb0d8ac03}" symbol="7"/>
      <rule label="Public facilities" filter="&quot;class_code&quot; = '214'" key="{42f9c21d-5208-4ed0-ad9c-daacf61224bc}" symbol="8"/>
      <rule label="Road" filter="&quot;class_code&quot; = '215'" key="{8718a0c0-d51c-4d89-8e8f-24580e6db7b6}" symbol="9"/>
      <rule label="Transport facilities" filter="&quot;class_code&quot; = '216'" key="{ae07c589-b72f-4637-84bc-923e72764a79}" symbol="10"/>
      <rule label="Public open space" filter="&quot;class_code&quot; = '217'" key="{fc355271-0e0d-462a-bfc3-11fd6a1c1a2f}" symbol="11"/>
      <rule label="Other public facilities" filter="&quot;class_code&quot; = '218'" key="{b6ff5d7c-ec71-4a7d-8e59-7aa321c05628}" symbol="12"/>
      <rule label="Farming, forestry and fishery facilities" filter="&quot;class_code&quot; = '219'" key="{adfc9450-45d0-4113-8907-d2905deadf43}" symbol="13"/>
      <rule label="Golf course" filter="&quot;class_code&quot; = '220'" key="{1b332d37-8eae-4501-9b37-91a4e666a732}" symbol="14"/>
      <rule label="Solar power plant" filter="&quot;class_code&quot; = '221'" key="{ee7bdd0f-e9f2-4008-b664-fab38e72b5af}" symbol="15"/>
      <rule label="Surface parking" filter="&quot;class_code&quot; = '222'" key="{1208c068-7583-462b-a8e2-beba3ef6a390}" symbol="16"/>
      <rule label="Other urban use" filter="&quot;class_code&quot; = '223'" key="{6da18053-c831-41c5-b5b8-6cd42f092993}" symbol="17"/>
      <rule label="Unused land" filter="&quot;class_code&quot; = '224'" key="{4b268e55-ca66-478f-bc63-d75a4b32c31c}" symbol="18"/>
      <rule label="Other or unknown land use" filter="ELSE" key="{718f7d98-9f92-49a0-b5e1-6c27655bb78b}" symbol="19"/>
    </rules>
    <symbols>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="0" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{5fe62164-1eff-4183-ba3a-8a642b497ca9}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="170,215,110,255,rgb:0.66666666666666663,0.84313725490196079,0.43137254901960786,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="1" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{896a698e-ff10-48f3-a0d4-a8ac82ff121d}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="215,230,120,255,rgb:0.84313725490196079,0.90196078431372551,0.47058823529411764,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="10" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{2afe5362-9fb7-4a64-960f-b54fe01b1c14}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="150,150,150,255,rgb:0.58823529411764708,0.58823529411764708,0.58823529411764708,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="11" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{cc2d7370-23c2-42dc-802f-ae436aa588d4}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="140,210,150,255,rgb:0.5490196078431373,0.82352941176470584,0.58823529411764708,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="12" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{2daf1429-3e4b-41c7-b06c-973228ec8610}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="200,160,120,255,rgb:0.78431372549019607,0.62745098039215685,0.47058823529411764,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="13" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{0a8dce1d-b8fd-4fd2-b7f3-efa8ffa6b2fa}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="200,190,120,255,rgb:0.78431372549019607,0.74509803921568629,0.47058823529411764,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="14" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{cf59f26f-d4e5-47a1-90fc-f8ea861ca859}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="160,200,110,255,rgb:0.62745098039215685,0.78431372549019607,0.43137254901960786,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="15" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{fadfd256-411b-423d-a93d-00425d04b66e}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="230,200,240,255,rgb:0.90196078431372551,0.78431372549019607,0.94117647058823528,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="16" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{c055c901-5e5d-467e-8ecf-2d3412ed54a9}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="225,225,225,255,rgb:0.88235294117647056,0.88235294117647056,0.88235294117647056,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="17" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{a4ca928d-1482-4785-b5af-06372662e944}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="235,215,185,255,rgb:0.92156862745098034,0.84313725490196079,0.72549019607843135,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="18" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{46f81af9-d597-4edc-81a9-f93bb386cb65}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="245,240,220,255,rgb:0.96078431372549022,0.94117647058823528,0.86274509803921573,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="19" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{4eb23530-d514-4764-97f1-cc34d456fc6e}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="255,255,255,255,rgb:1,1,1,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="2" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{92428a18-22bd-4f8a-b48e-5f252073d422}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="60,140,70,255,rgb:0.23529411764705882,0.5490196078431373,0.27450980392156865,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="3" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{f9c934ff-9b3f-4a8c-a10b-d8b29f4db56d}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="120,180,235,255,rgb:0.47058823529411764,0.70588235294117652,0.92156862745098034,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="4" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{397259fc-fbc7-46b3-bbf1-45f787c04dca}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="190,210,160,255,rgb:0.74509803921568629,0.82352941176470584,0.62745098039215685,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="5" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{c8ac99dd-2358-418b-8115-90e97af4130e}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="255,235,100,255,rgb:1,0.92156862745098034,0.39215686274509803,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="6" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{e47f71a3-61d9-4d1a-847c-3d84928c4351}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="245,110,110,255,rgb:0.96078431372549022,0.43137254901960786,0.43137254901960786,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="7" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{f51abefb-4804-4a21-9bfb-6e03bf178089}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="150,140,220,255,rgb:0.58823529411764708,0.5490196078431373,0.86274509803921573,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="8" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{cc5aed13-1ea6-4909-a28e-02fe0baadc17}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="240,160,200,255,rgb:0.94117647058823528,0.62745098039215685,0.78431372549019607,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="9" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{9d74497b-5d34-4bb5-9ab2-8773224aa00b}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="190,190,190,255,rgb:0.74509803921568629,0.74509803921568629,0.74509803921568629,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <data-defined-properties>
      <Option type="Map">
        <Option name="name" value="" type="QString"/>
        <Option name="properties"/>
        <Option name="type" value="collection" type="QString"/>
      </Option>
    </data-defined-properties>
  </renderer-v2>
  <selection mode="Default">
    <selectionColor invalid="1"/>
  </selection>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <fieldConfiguration>
    <field configurationFlags="NoFlag" name="gml_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="feature_type">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="class">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="function">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="usage">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="hazard">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_scale">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_rank">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_rank_label">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_depth">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_river">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="admin_type">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="source_file">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="attributes_json">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="scenario">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="class_code">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="function_code">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="gml_id" name=""/>
    <alias index="1" field="feature_type" name=""/>
    <alias index="2" field="name" name=""/>
    <alias index="3" field="class" name=""/>
    <alias index="4" field="function" name=""/>
    <alias index="5" field="usage" name=""/>
    <alias index="6" field="hazard" name=""/>
    <alias index="7" field="flood_scale" name=""/>
    <alias index="8" field="flood_rank" name=""/>
    <alias index="9" field="flood_rank_label" name=""/>
    <alias index="10" field="flood_depth" name=""/>
    <alias index="11" field="flood_river" name=""/>
    <alias index="12" field="admin_type" name=""/>
    <alias index="13" field="source_file" name=""/>
    <alias index="14" field="attributes_json" name=""/>
    <alias index="15" field="scenario" name=""/>
    <alias index="16" field="class_code" name=""/>
    <alias index="17" field="function_code" name=""/>
  </aliases>
  <splitPolicies>
    <policy policy="Duplicate" field="gml_id"/>
    <policy policy="Duplicate" field="feature_type"/>
    <policy policy="Duplicate" field="name"/>
    <policy policy="Duplicate" field="class"/>
    <policy policy="Duplicate" field="function"/>
    <policy policy="Duplicate" field="usage"/>
    <policy policy="Duplicate" field="hazard"/>
    <policy policy="Duplicate" field="flood_scale"/>
    <policy policy="Duplicate" field="flood_rank"/>
    <policy policy="Duplicate" field="flood_rank_label"/>
    <policy policy="Duplicate" field="flood_depth"/>
    <policy policy="Duplicate" field="flood_river"/>
    <policy policy="Duplicate" field="admin_type"/>
    <policy policy="Duplicate" field="source_file"/>
    <policy policy="Duplicate" field="attributes_json"/>
    <policy policy="Duplicate" field="scenario"/>
    <policy policy="Duplicate" field="class_code"/>
    <policy policy="Duplicate" field="function_code"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy policy="Duplicate" field="gml_id"/>
    <policy policy="Duplicate" field="feature_type"/>
    <policy policy="Duplicate" field="name"/>
    <policy policy="Duplicate" field="class"/>
    <policy policy="Duplicate" field="function"/>
    <policy policy="Duplicate" field="usage"/>
    <policy policy="Duplicate" field="hazard"/>
    <policy policy="Duplicate" field="flood_scale"/>
    <policy policy="Duplicate" field="flood_rank"/>
    <policy policy="Duplicate" field="flood_rank_label"/>
    <policy policy="Duplicate" field="flood_depth"/>
    <policy policy="Duplicate" field="flood_river"/>
    <policy policy="Duplicate" field="admin_type"/>
    <policy policy="Duplicate" field="source_file"/>
    <policy policy="Duplicate" field="attributes_json"/>
    <policy policy="Duplicate" field="scenario"/>
    <policy policy="Duplicate" field="class_code"/>
    <policy policy="Duplicate" field="function_code"/>
  </duplicatePolicies>
  <defaults>
    <default applyOnUpdate="0" field="gml_id" expression=""/>
    <default applyOnUpdate="0" field="feature_type" expression=""/>
    <default applyOnUpdate="0" field="name" expression=""/>
    <default applyOnUpdate="0" field="class" expression=""/>
    <default applyOnUpdate="0" field="function" expression=""/>
    <default applyOnUpdate="0" field="usage" expression=""/>
    <default applyOnUpdate="0" field="hazard" expression=""/>
    <default applyOnUpdate="0" field="flood_scale" expression=""/>
    <default applyOnUpdate="0" field="flood_rank" expression=""/>
    <default applyOnUpdate="0" field="flood_rank_label" expression=""/>
    <default applyOnUpdate="0" field="flood_depth" expression=""/>
    <default applyOnUpdate="0" field="flood_river" expression=""/>
    <default applyOnUpdate="0" field="admin_type" expression=""/>
    <default applyOnUpdate="0" field="source_file" expression=""/>
    <default applyOnUpdate="0" field="attributes_json" expression=""/>
    <default applyOnUpdate="0" field="scenario" expression=""/>
    <default applyOnUpdate="0" field="class_code" expression=""/>
    <default applyOnUpdate="0" field="function_code" expression=""/>
  </defaults>
  <constraints>
    <constraint notnull_strength="0" constraints="0" field="gml_id" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="feature_type" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="name" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="class" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="function" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="usage" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="hazard" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_scale" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_rank" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_rank_label" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_depth" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_river" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="admin_type" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="source_file" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="attributes_json" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="scenario" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="class_code" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="function_code" exp_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="gml_id" exp="" desc=""/>
    <constraint field="feature_type" exp="" desc=""/>
    <constraint field="name" exp="" desc=""/>
    <constraint field="class" exp="" desc=""/>
    <constraint field="function" exp="" desc=""/>
    <constraint field="usage" exp="" desc=""/>
    <constraint field="hazard" exp="" desc=""/>
    <constraint field="flood_scale" exp="" desc=""/>
    <constraint field="flood_rank" exp="" desc=""/>
    <constraint field="flood_rank_label" exp="" desc=""/>
    <constraint field="flood_depth" exp="" desc=""/>
    <constraint field="flood_river" exp="" desc=""/>
    <constraint field="admin_type" exp="" desc=""/>
    <constraint field="source_file" exp="" desc=""/>
    <constraint field="attributes_json" exp="" desc=""/>
    <constraint field="scenario" exp="" desc=""/>
    <constraint field="class_code" exp="" desc=""/>
    <constraint field="function_code" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" actionWidgetStyle="dropDown" sortExpression="">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip enabled="1"></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
