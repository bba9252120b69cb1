<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" simplifyMaxScale="1" version="3.40.6-Bratislava" simplifyAlgorithm="0" autoRefreshTime="0" styleCategories="AllStyleCategories" symbologyReferenceScale="-1" minScale="100000000" autoRefreshMode="Disabled" maxScale="0" labelsEnabled="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" readOnly="0">
  <renderer-3d type="rulebased" layer="">
    <vector-layer-3d-tiling zoom-levels-count="3" show-bounding-boxes="0"/>
    <rules key="{83a25268-9dd6-4993-a47c-1f9882485a36}">
      <rule filter="&quot;class_code&quot; = '201'" key="{33cfa21c-e457-49f3-b4c8-308017704b03}" description="Paddy field">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="170,215,110,255,rgb:0.66666666666666663,0.84313725490196079,0.43137254901960786,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '202'" key="{c7bcc75a-d4ef-4a1c-8057-2e6a6f8ad502}" description="Field">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="215,230,120,255,rgb:0.84313725490196079,0.90196078431372551,0.47058823529411764,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '203'" key="{5617501b-2a3b-440d-b9d6-44baaa659d45}" description="Forest">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="60,140,70,255,rgb:0.23529411764705882,0.5490196078431373,0.27450980392156865,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '204'" key="{cdf4c36e-389f-42cd-b1c7-8ce660227417}" description="Water">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="120,180,235,255,rgb:0.47058823529411764,0.70588235294117652,0.92156862745098034,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '205'" key="{243553ab-a7b2-46c7-8efc-81fb5c4539ab}" description="Other natural land">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="190,210,160,255,rgb:0.74509803921568629,0.82352941176470584,0.62745098039215685,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '211'" key="{bf6ec07a-6680-4d68-8bc3-91890a84d3d7}" description="Residential">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="255,235,100,255,rgb:1,0.92156862745098034,0.39215686274509803,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '212'" key="{81032054-3025-490b-9da6-560b05236d77}" description="Commercial">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="245,110,110,255,rgb:0.96078431372549022,0.43137254901960786,0.43137254901960786,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '213'" key="{ca4ee60c-35d0-4f60-afff-e12403847c0e}" description="Industrial">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="150,140,220,255,rgb:0.58823529411764708,0.5490196078431373,0.86274509803921573,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '214'" key="{75a39682-a524-498a-a7c7-39358c74908b}" description="Public facilities">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="240,160,200,255,rgb:0.94117647058823528,0.62745098039215685,0.78431372549019607,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '215'" key="{cb2960f3-bf29-4207-b6b5-65370e851fe7}" description="Road">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="190,190,190,255,rgb:0.74509803921568629,0.74509803921568629,0.74509803921568629,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '216'" key="{ae96ec98-4dfa-4152-bb83-21489a8f152c}" description="Transport facilities">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="150,150,150,255,rgb:0.58823529411764708,0.58823529411764708,0.58823529411764708,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '217'" key="{b5c1641a-8fb5-45e1-9e7e-e1e9ff534486}" description="Public open space">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="140,210,150,255,rgb:0.5490196078431373,0.82352941176470584,0.58823529411764708,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '218'" key="{0f5b175d-8ff1-4ef7-80f8-a5a846df3fb3}" description="Other public facilities">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="200,160,120,255,rgb:0.78431372549019607,0.62745098039215685,0.47058823529411764,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '219'" key="{dff70321-b86e-4b5c-8328-7e0b7b586022}" description="Farming, forestry and fishery facilities">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="200,190,120,255,rgb:0.78431372549019607,0.74509803921568629,0.47058823529411764,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '220'" key="{bbd998a5-b9ce-4991-ba70-209ca08ee42d}" description="Golf course">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="160,200,110,255,rgb:0.62745098039215685,0.78431372549019607,0.43137254901960786,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '221'" key="{f8500b0f-5799-4aa6-b157-4b4ac463eb47}" description="Solar power plant">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="230,200,240,255,rgb:0.90196078431372551,0.78431372549019607,0.94117647058823528,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '222'" key="{bf1d2226-71fb-4a7e-aa8f-27f69dcc7a97}" description="Surface parking">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="225,225,225,255,rgb:0.88235294117647056,0.88235294117647056,0.88235294117647056,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '223'" key="{1c75d26f-65c7-42f0-886e-fa85fb7b0490}" description="Other urban use">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="235,215,185,255,rgb:0.92156862745098034,0.84313725490196079,0.72549019607843135,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '224'" key="{ca6d2289-1593-4ac6-8243-3d43e53a8bfd}" description="Unused land">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="245,240,220,255,rgb:0.96078431372549022,0.94117647058823528,0.86274509803921573,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="ELSE" key="{1c087ec7-fd85-4b3f-9acf-ad4c22d88351}" description="Other or unknown land use">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="255,255,255,255,rgb:1,1,1,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
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
  <temporal mode="0" fixedDuration="0" durationUnit="min" startExpression="" durationField="" endField="" endExpression="" accumulate="0" enabled="0" limitMode="0" startField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation type="IndividualFeatures" symbology="Line" showMarkerSymbolInSurfacePlots="0" zoffset="0" zscale="1" clamping="Relative" extrusionEnabled="0" binding="Centroid" extrusion="0" respectLayerSymbol="1">
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol type="line" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" pass="0" locked="0" enabled="1" id="{177d69cd-b203-4564-a372-1c6214138cfb}">
          <Option type="Map">
            <Option type="QString" value="0" name="align_dash_pattern"/>
            <Option type="QString" value="square" name="capstyle"/>
            <Option type="QString" value="5;2" name="customdash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
            <Option type="QString" value="MM" name="customdash_unit"/>
            <Option type="QString" value="0" name="dash_pattern_offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
            <Option type="QString" value="0" name="draw_inside_polygon"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="114,155,111,255,rgb:0.44705882352941179,0.60784313725490191,0.43529411764705883,1" name="line_color"/>
            <Option type="QString" value="solid" name="line_style"/>
            <Option type="QString" value="0.6" name="line_width"/>
            <Option type="QString" value="MM" name="line_width_unit"/>
            <Option type="QString" value="0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="0" name="ring_filter"/>
            <Option type="QString" value="0" name="trim_distance_end"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_end_unit"/>
            <Option type="QString" value="0" name="trim_distance_start"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_start_unit"/>
            <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
            <Option type="QString" value="0" name="use_custom_dash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileLineSymbol>
    <profileFillSymbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{2a808ac4-4e5f-4f15-9d0c-8ae220142d62}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="114,155,111,255,rgb:0.44705882352941179,0.60784313725490191,0.43529411764705883,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="81,111,79,255,rgb:0.31932555123216599,0.4341649500267033,0.3109178301670863,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileFillSymbol>
    <profileMarkerSymbol>
      <symbol type="marker" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" locked="0" enabled="1" id="{a4094ee0-cef9-49b7-a19f-d5c586b1e2cb}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="114,155,111,255,rgb:0.44705882352941179,0.60784313725490191,0.43529411764705883,1" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="diamond" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="81,111,79,255,rgb:0.31932555123216599,0.4341649500267033,0.3109178301670863,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="3" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileMarkerSymbol>
  </elevation>
  <renderer-v2 type="RuleRenderer" symbollevels="0" referencescale="-1" forceraster="0" enableorderby="0">
    <rules key="{eb27e9b2-8a1f-4199-b01a-e9a069c12fbc}">
      <rule filter="&quot;class_code&quot; = '201'" key="{1f802982-3163-4c15-afd2-02a180fd41b7}" label="Paddy field" symbol="0"/>
      <rule filter="&quot;class_code&quot; = '202'" key="{be05b0ff-73ab-4b2f-beb4-5ae569acb70b}" label="Field" symbol="1"/>
      <rule filter="&quot;class_code&quot; = '203'" key="{fc5649ea-a248-409b-862e-15b22bd6c633}" label="Forest" symbol="2"/>
      <rule filter="&quot;class_code&quot; = '204'" key="{b2798383-fe69-433f-a77c-472669219509}" label="Water" symbol="3"/>
      <rule filter="&quot;class_code&quot; = '205'" key="{b449213d-14ca-4b69-80aa-b3b43f23e42d}" label="Other natural land" symbol="4"/>
      <rule filter="&quot;class_code&quot; = '211'" key="{6dc91ab9-db74-482e-8234-53c1836e4918}" label="Residential" symbol="5"/>
      <rule filter="&quot;class_code&quot; = '212'" key="{fe24ff61-6ca5-4143-98b2-2c574e793bb5}" label="Commercial" symbol="6"/>
      <rule filter="&quot;class_code&quot; = '213'" key="{87b01e1b-a660-4520-8e48-5e9e5d010275}" label="Industrial" symbol="7"/>
      <rule filter="&quot;class_code&quot; = '214'" key="{3a0b22e0-9fff-4af6-b064-b9b696134c2d}" label="Public facilities" symbol="8"/>
      <rule filter="&quot;class_code&quot; = '215'" key="{326690f3-603d-4378-a735-9fff1bc2cb6c}" label="Road" symbol="9"/>
      <rule filter="&quot;class_code&quot; = '216'" key="{ce9ca370-eeb6-4066-bcd2-6b48a2771b20}" label="Transport facilities" symbol="10"/>
      <rule filter="&quot;class_code&quot; = '217'" key="{b66f354f-fe66-4822-b90d-0112c8ff0e39}" label="Public open space" symbol="11"/>
      <rule filter="&quot;class_code&quot; = '218'" key="{b980c63f-6067-4e3f-a5f1-0fa0f852157a}" label="Other public facilities" symbol="12"/>
      <rule filter="&quot;class_code&quot; = '219'" key="{0bb02236-b200-4d29-85d3-eb5549beea31}" label="Farming, forestry and fishery facilities" symbol="13"/>
      <rule filter="&quot;class_code&quot; = '220'" key="{068c3fc6-d360-4b0f-af27-b14c186332cf}" label="Golf course" symbol="14"/>
      <rule filter="&quot;class_code&quot; = '221'" key="{e7bc696f-8271-4f95-97ae-b2dceb64ad34}" label="Solar power plant" symbol="15"/>
      <rule filter="&quot;class_code&quot; = '222'" key="{5b4495d5-7b11-4ce2-a46d-fc0aad9b05be}" label="Surface parking" symbol="16"/>
      <rule filter="&quot;class_code&quot; = '223'" key="{3b7ba5ac-c24c-4ff0-9034-c565fa5027be}" label="Other urban use" symbol="17"/>
      <rule filter="&quot;class_code&quot; = '224'" key="{bccba48b-c58b-4d77-b830-ba38e2cbf554}" label="Unused land" symbol="18"/>
      <rule filter="ELSE" key="{93b7978d-8e13-44e4-a0fe-5eba2dfc2098}" label="Other or unknown land use" symbol="19"/>
    </rules>
    <symbols>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{57ba0f55-edfb-4bd2-83e6-717c00115686}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="170,215,110,255,rgb:0.66666666666666663,0.84313725490196079,0.43137254901960786,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{70fad202-ab11-47fc-92c1-0a78ed2f45e4}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="215,230,120,255,rgb:0.84313725490196079,0.90196078431372551,0.47058823529411764,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="10" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{7afcbaf0-9194-4d5a-b4b4-221faf61977e}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="150,150,150,255,rgb:0.58823529411764708,0.58823529411764708,0.58823529411764708,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="11" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{3dee1daa-4b23-41bf-8041-1b4338eb3d0e}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="140,210,150,255,rgb:0.5490196078431373,0.82352941176470584,0.58823529411764708,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="12" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{ea202d45-3605-4fdb-a4dd-7eef86bad4bb}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="200,160,120,255,rgb:0.78431372549019607,0.62745098039215685,0.47058823529411764,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="13" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{bf459734-4d44-48be-a0fb-d89378a000dc}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="200,190,120,255,rgb:0.78431372549019607,0.74509803921568629,0.47058823529411764,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="14" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{4a241381-fbc9-413b-bce5-8decd1f6b170}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="160,200,110,255,rgb:0.62745098039215685,0.78431372549019607,0.43137254901960786,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="15" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{2953a56c-c846-4fca-a567-e4b365460bb2}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="230,200,240,255,rgb:0.90196078431372551,0.78431372549019607,0.94117647058823528,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="16" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{02bdaa96-88cf-4ea6-8a0e-dd8470bf5c82}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="225,225,225,255,rgb:0.88235294117647056,0.88235294117647056,0.88235294117647056,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="17" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{9688368f-2bf2-4ed6-8220-6e45f213d331}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="235,215,185,255,rgb:0.92156862745098034,0.84313725490196079,0.72549019607843135,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="18" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{1b81ce96-c6a3-4ce1-a65b-72deedee47d3}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="245,240,220,255,rgb:0.96078431372549022,0.94117647058823528,0.86274509803921573,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="19" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{9be21e5e-f155-420c-92b6-d99a07ab7df4}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="2" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{cc714825-b5fd-40b7-9f54-816c4b6fc067}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="60,140,70,255,rgb:0.23529411764705882,0.5490196078431373,0.27450980392156865,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="3" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{faa7d2af-44b6-4a1a-ba5c-6a38866fc768}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="120,180,235,255,rgb:0.47058823529411764,0.70588235294117652,0.92156862745098034,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="4" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{4cea4dde-2e68-4b88-b9f1-496cf002195d}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="190,210,160,255,rgb:0.74509803921568629,0.82352941176470584,0.62745098039215685,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="5" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{a1b8e348-37cc-410e-8894-407dcd4cf7ff}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="255,235,100,255,rgb:1,0.92156862745098034,0.39215686274509803,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="6" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{43a2f189-3b91-42bb-90ba-883a7e5a6360}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="245,110,110,255,rgb:0.96078431372549022,0.43137254901960786,0.43137254901960786,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="7" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{4fea25d8-72c8-4c20-8ed8-d9900f73a67a}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="150,140,220,255,rgb:0.58823529411764708,0.5490196078431373,0.86274509803921573,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="8" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{b73b9c8c-90b4-46e4-aa25-def5e503dd2d}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="240,160,200,255,rgb:0.94117647058823528,0.62745098039215685,0.78431372549019607,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="9" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{e816c273-1e90-4b10-955e-65c4424ccd27}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="190,190,190,255,rgb:0.74509803921568629,0.74509803921568629,0.74509803921568629,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
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
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <fieldConfiguration>
    <field name="gml_id" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="feature_type" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="name" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="class" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="function" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="usage" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="hazard" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_scale" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_rank" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_rank_label" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_depth" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_river" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="admin_type" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="source_file" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="attributes_json" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="scenario" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="class_code" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="function_code" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="gml_id" name="" index="0"/>
    <alias field="feature_type" name="" index="1"/>
    <alias field="name" name="" index="2"/>
    <alias field="class" name="" index="3"/>
    <alias field="function" name="" index="4"/>
    <alias field="usage" name="" index="5"/>
    <alias field="hazard" name="" index="6"/>
    <alias field="flood_scale" name="" index="7"/>
    <alias field="flood_rank" name="" index="8"/>
    <alias field="flood_rank_label" name="" index="9"/>
    <alias field="flood_depth" name="" index="10"/>
    <alias field="flood_river" name="" index="11"/>
    <alias field="admin_type" name="" index="12"/>
    <alias field="source_file" name="" index="13"/>
    <alias field="attributes_json" name="" index="14"/>
    <alias field="scenario" name="" index="15"/>
    <alias field="class_code" name="" index="16"/>
    <alias field="function_code" name="" index="17"/>
  </aliases>
  <splitPolicies>
    <policy field="gml_id" policy="Duplicate"/>
    <policy field="feature_type" policy="Duplicate"/>
    <policy field="name" policy="Duplicate"/>
    <policy field="class" policy="Duplicate"/>
    <policy field="function" policy="Duplicate"/>
    <policy field="usage" policy="Duplicate"/>
    <policy field="hazard" policy="Duplicate"/>
    <policy field="flood_scale" policy="Duplicate"/>
    <policy field="flood_rank" policy="Duplicate"/>
    <policy field="flood_rank_label" policy="Duplicate"/>
    <policy field="flood_depth" policy="Duplicate"/>
    <policy field="flood_river" policy="Duplicate"/>
    <policy field="admin_type" policy="Duplicate"/>
    <policy field="source_file" policy="Duplicate"/>
    <policy field="attributes_json" policy="Duplicate"/>
    <policy field="scenario" policy="Duplicate"/>
    <policy field="class_code" policy="Duplicate"/>
    <policy field="function_code" policy="Duplicate"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy field="gml_id" policy="Duplicate"/>
    <policy field="feature_type" policy="Duplicate"/>
    <policy field="name" policy="Duplicate"/>
    <policy field="class" policy="Duplicate"/>
    <policy field="function" policy="Duplicate"/>
    <policy field="usage" policy="Duplicate"/>
    <policy field="hazard" policy="Duplicate"/>
    <policy field="flood_scale" policy="Duplicate"/>
    <policy field="flood_rank" policy="Duplicate"/>
    <policy field="flood_rank_label" policy="Duplicate"/>
    <policy field="flood_depth" policy="Duplicate"/>
    <policy field="flood_river" policy="Duplicate"/>
    <policy field="admin_type" policy="Duplicate"/>
    <policy field="source_file" policy="Duplicate"/>
    <policy field="attributes_json" policy="Duplicate"/>
    <policy field="scenario" policy="Duplicate"/>
    <policy field="class_code" policy="Duplicate"/>
    <policy field="function_code" policy="Duplicate"/>
  </duplicatePolicies>
  <defaults>
    <default field="gml_id" expression="" applyOnUpdate="0"/>
    <default field="feature_type" expression="" applyOnUpdate="0"/>
    <default field="name" expression="" applyOnUpdate="0"/>
    <default field="class" expression="" applyOnUpdate="0"/>
    <default field="function" expression="" applyOnUpdate="0"/>
    <default field="usage" expression="" applyOnUpdate="0"/>
    <default field="hazard" expression="" applyOnUpdate="0"/>
    <default field="flood_scale" expression="" applyOnUpdate="0"/>
    <default field="flood_rank" expression="" applyOnUpdate="0"/>
    <default field="flood_rank_label" expression="" applyOnUpdate="0"/>
    <default field="flood_depth" expression="" applyOnUpdate="0"/>
    <default field="flood_river" expression="" applyOnUpdate="0"/>
    <default field="admin_type" expression="" applyOnUpdate="0"/>
    <default field="source_file" expression="" applyOnUpdate="0"/>
    <default field="attributes_json" expression="" applyOnUpdate="0"/>
    <default field="scenario" expression="" applyOnUpdate="0"/>
    <default field="class_code" expression="" applyOnUpdate="0"/>
    <default field="function_code" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="gml_id" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="feature_type" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="name" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="class" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="function" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="usage" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="hazard" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="flood_scale" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="flood_rank" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="flood_rank_label" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="flood_depth" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="flood_river" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="admin_type" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="source_file" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="attributes_json" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="scenario" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="class_code" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="function_code" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
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
