<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" autoRefreshTime="0" symbologyReferenceScale="-1" labelsEnabled="0" simplifyDrawingTol="1" maxScale="0" version="3.40.6-Bratislava" simplifyDrawingHints="1" minScale="100000000" simplifyAlgorithm="0" simplifyMaxScale="1" readOnly="0" hasScaleBasedVisibilityFlag="0" autoRefreshMode="Disabled" simplifyLocal="1">
  <renderer-3d layer="" type="rulebased">
    <vector-layer-3d-tiling zoom-levels-count="3" show-bounding-boxes="0"/>
    <rules key="{08a760e6-034d-4331-9dd4-f9565702ff86}">
      <rule filter="&quot;class_code&quot; = '201'" description="Paddy field" key="{9011ec70-5ba8-4d70-85ec-77200d6b669e}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="170,215,110,255,rgb:0.66666666666666663,0.84313725490196079,0.43137254901960786,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '202'" description="Field" key="{fbeb5a49-53fa-4d0d-bd71-6d0309e06605}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="215,230,120,255,rgb:0.84313725490196079,0.90196078431372551,0.47058823529411764,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '203'" description="Forest" key="{08085cb9-754e-4520-b53e-21fce45744c4}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="60,140,70,255,rgb:0.23529411764705882,0.5490196078431373,0.27450980392156865,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '204'" description="Water" key="{8b5355ac-5812-42b3-aae3-7d32ecb0e308}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="120,180,235,255,rgb:0.47058823529411764,0.70588235294117652,0.92156862745098034,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '205'" description="Other natural land" key="{7841004f-c258-4e5a-b9d3-d6e1b75d17c8}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="190,210,160,255,rgb:0.74509803921568629,0.82352941176470584,0.62745098039215685,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '211'" description="Residential" key="{a88ca155-f1ee-411e-823e-95b647960e71}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="255,235,100,255,rgb:1,0.92156862745098034,0.39215686274509803,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '212'" description="Commercial" key="{5006c701-fdeb-42f8-bb07-f56159eab941}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="245,110,110,255,rgb:0.96078431372549022,0.43137254901960786,0.43137254901960786,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '213'" description="Industrial" key="{1fb0aff9-a5cf-4048-9182-c8a0c4bd0198}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="150,140,220,255,rgb:0.58823529411764708,0.5490196078431373,0.86274509803921573,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '214'" description="Public facilities" key="{c38f9cb5-7fee-4768-a530-d71eea186c4e}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="240,160,200,255,rgb:0.94117647058823528,0.62745098039215685,0.78431372549019607,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '215'" description="Road" key="{7292f16a-6730-4a9a-84b5-61324e1363ae}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="190,190,190,255,rgb:0.74509803921568629,0.74509803921568629,0.74509803921568629,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '216'" description="Transport facilities" key="{4011af5c-262a-4dca-bc4a-8975ecf32ca7}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="150,150,150,255,rgb:0.58823529411764708,0.58823529411764708,0.58823529411764708,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '217'" description="Public open space" key="{be0a49b4-ed3f-40ef-9ac4-5cf3d063bf22}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="140,210,150,255,rgb:0.5490196078431373,0.82352941176470584,0.58823529411764708,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '218'" description="Other public facilities" key="{81084479-c237-4240-bac4-7f542ca1ecb8}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="200,160,120,255,rgb:0.78431372549019607,0.62745098039215685,0.47058823529411764,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '219'" description="Farming, forestry and fishery facilities" key="{fecb8a57-7d32-4767-ad47-4d66f56f65ff}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="200,190,120,255,rgb:0.78431372549019607,0.74509803921568629,0.47058823529411764,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '220'" description="Golf course" key="{e7d264f8-c0c7-4001-b0f4-a9bf42bf5adf}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="160,200,110,255,rgb:0.62745098039215685,0.78431372549019607,0.43137254901960786,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '221'" description="Solar power plant" key="{9d9fb15c-2a18-48d0-8ef0-572648fbfcc6}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="230,200,240,255,rgb:0.90196078431372551,0.78431372549019607,0.94117647058823528,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '222'" description="Surface parking" key="{42a41063-77f1-49c9-bdc3-caf0780fd155}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="225,225,225,255,rgb:0.88235294117647056,0.88235294117647056,0.88235294117647056,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '223'" description="Other urban use" key="{9440d778-dbc4-4a13-b564-c0213e7b8418}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="235,215,185,255,rgb:0.92156862745098034,0.84313725490196079,0.72549019607843135,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;class_code&quot; = '224'" description="Unused land" key="{27f55fa6-2b32-49d8-b8aa-1a048a72ea32}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="245,240,220,255,rgb:0.96078431372549022,0.94117647058823528,0.86274509803921573,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="ELSE" description="Other or unknown land use" key="{1efd2f32-f17a-4fb1-bd74-a003ba334415}">
        <symbol type="polygon" material_type="phong">
          <data invert-normals="0" extrusion-height="0" add-back-faces="1" rendered-facade="3" alt-clamping="absolute" alt-binding="centroid" offset="0" culling-mode="no-culling"/>
          <material ks="1" ka="1" shininess="0" kd="1" specular="255,255,255,255,rgb:1,1,1,1" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" diffuse="255,255,255,255,rgb:1,1,1,1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data-defined-properties>
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
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
  <temporal mode="0" accumulate="0" durationUnit="min" endExpression="" fixedDuration="0" durationField="" limitMode="0" enabled="0" endField="" startField="" startExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation type="IndividualFeatures" respectLayerSymbol="1" showMarkerSymbolInSurfacePlots="0" extrusionEnabled="0" clamping="Relative" binding="Centroid" extrusion="0" zoffset="0" zscale="1" symbology="Line">
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" name="name" value=""/>
        <Option name="properties"/>
        <Option type="QString" name="type" value="collection"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol frame_rate="10" type="line" is_animated="0" alpha="1" name="" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{52cdba76-f8e1-4252-960b-f7a7fd290534}" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option type="QString" name="align_dash_pattern" value="0"/>
            <Option type="QString" name="capstyle" value="square"/>
            <Option type="QString" name="customdash" value="5;2"/>
            <Option type="QString" name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="customdash_unit" value="MM"/>
            <Option type="QString" name="dash_pattern_offset" value="0"/>
            <Option type="QString" name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="dash_pattern_offset_unit" value="MM"/>
            <Option type="QString" name="draw_inside_polygon" value="0"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="line_color" value="125,139,143,255,rgb:0.49019607843137253,0.54509803921568623,0.5607843137254902,1"/>
            <Option type="QString" name="line_style" value="solid"/>
            <Option type="QString" name="line_width" value="0.6"/>
            <Option type="QString" name="line_width_unit" value="MM"/>
            <Option type="QString" name="offset" value="0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="ring_filter" value="0"/>
            <Option type="QString" name="trim_distance_end" value="0"/>
            <Option type="QString" name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_end_unit" value="MM"/>
            <Option type="QString" name="trim_distance_start" value="0"/>
            <Option type="QString" name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_start_unit" value="MM"/>
            <Option type="QString" name="tweak_dash_pattern_on_corners" value="0"/>
            <Option type="QString" name="use_custom_dash" value="0"/>
            <Option type="QString" name="width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileLineSymbol>
    <profileFillSymbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{348a850d-0840-43e3-ab5d-9673675a979c}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="125,139,143,255,rgb:0.49019607843137253,0.54509803921568623,0.5607843137254902,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="89,99,102,255,rgb:0.35013351644159607,0.3893492027161059,0.40054932478828109,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileFillSymbol>
    <profileMarkerSymbol>
      <symbol frame_rate="10" type="marker" is_animated="0" alpha="1" name="" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{c651d54c-6fc5-4ad4-9698-3e12f2bbbc06}" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="125,139,143,255,rgb:0.49019607843137253,0.54509803921568623,0.5607843137254902,1"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="diamond"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="89,99,102,255,rgb:0.35013351644159607,0.3893492027161059,0.40054932478828109,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="3"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileMarkerSymbol>
  </elevation>
  <renderer-v2 type="RuleRenderer" enableorderby="0" referencescale="-1" forceraster="0" symbollevels="0">
    <rules key="{4a80f4b2-2979-4b26-ab1e-f446b2c88ec0}">
      <rule label="Paddy field" filter="&quot;class_code&quot; = '201'" key="{6c709ba7-dba3-437d-8413-eb0683a08ebe}" symbol="0"/>
      <rule label="Field" filter="&quot;class_code&quot; = '202'" key="{e22dab91-61ca-4328-b330-821d9a29e6aa}" symbol="1"/>
      <rule label="Forest" filter="&quot;class_code&quot; = '203'" key="{a5b78a3a-76fe-4816-8f04-a8a47348c305}" symbol="2"/>
      <rule label="Water" filter="&quot;class_code&quot; = '204'" key="{7ee01921-0cca-418b-bbc0-8b7a2be975d9}" symbol="3"/>
      <rule label="Other natural land" filter="&quot;class_code&quot; = '205'" key="{7db013d5-11c1-4309-9ea5-b73b6af7f1dc}" symbol="4"/>
      <rule label="Residential" filter="&quot;class_code&quot; = '211'" key="{67a387e5-037a-4f15-9851-712b40f53df9}" symbol="5"/>
      <rule label="Commercial" filter="&quot;class_code&quot; = '212'" key="{a7b16ecd-441d-4920-ac39-8edc194092ad}" symbol="6"/>
      <rule label="Industrial" filter="&quot;class_code&quot; = '213'" key="{2d748363-6830-491b-a5f6-e6c1d95ad18a}" symbol="7"/>
      <rule label="Public facilities" filter="&quot;class_code&quot; = '214'" key="{76ad81c0-655a-46b6-a2ea-80da9cf1a387}" symbol="8"/>
      <rule label="Road" filter="&quot;class_code&quot; = '215'" key="{3ac2a315-ceeb-4f7d-ac8f-c725809c68ea}" symbol="9"/>
      <rule label="Transport facilities" filter="&quot;class_code&quot; = '216'" key="{7b24b7a0-b357-4f96-9da0-e7a1bd30b9b5}" symbol="10"/>
      <rule label="Public open space" filter="&quot;class_code&quot; = '217'" key="{b8acae02-bff0-429b-8658-3b66dfc91c72}" symbol="11"/>
      <rule label="Other public facilities" filter="&quot;class_code&quot; = '218'" key="{2531039d-d6c4-45b3-8789-7912912c9e6a}" symbol="12"/>
      <rule label="Farming, forestry and fishery facilities" filter="&quot;class_code&quot; = '219'" key="{ace8373b-c49b-43be-903f-e0924d0ec7d7}" symbol="13"/>
      <rule label="Golf course" filter="&quot;class_code&quot; = '220'" key="{7cc2b7bb-5123-4563-9e82-f711bf7b7869}" symbol="14"/>
      <rule label="Solar power plant" filter="&quot;class_code&quot; = '221'" key="{5451d2ee-a049-40f5-89d2-b6a009da7be1}" symbol="15"/>
      <rule label="Surface parking" filter="&quot;class_code&quot; = '222'" key="{a8c38eb4-492d-4a75-be2a-fdcba788e804}" symbol="16"/>
      <rule label="Other urban use" filter="&quot;class_code&quot; = '223'" key="{e6d2d70d-288a-423a-bc1a-da9514a326eb}" symbol="17"/>
      <rule label="Unused land" filter="&quot;class_code&quot; = '224'" key="{742de1a2-0cd7-45ee-bdad-efb6e8fdc2cc}" symbol="18"/>
      <rule label="Other or unknown land use" filter="ELSE" key="{8bf7a98f-7adf-4f14-8aa3-14561504a670}" symbol="19"/>
    </rules>
    <symbols>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="0" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{1f4a61fb-31f8-440e-95db-c4860a02278c}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="170,215,110,255,rgb:0.66666666666666663,0.84313725490196079,0.43137254901960786,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="1" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{8291db50-2894-45be-b3d0-6497a0f3cf7c}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="215,230,120,255,rgb:0.84313725490196079,0.90196078431372551,0.47058823529411764,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="10" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{5c5343ad-ae84-4d5e-a272-97bd94ddce8a}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="150,150,150,255,rgb:0.58823529411764708,0.58823529411764708,0.58823529411764708,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="11" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{1a4d6c63-af78-421a-8f7f-cd84a61d3ce9}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="140,210,150,255,rgb:0.5490196078431373,0.82352941176470584,0.58823529411764708,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="12" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{3eceb3ee-8572-48f2-96ce-a02777da863b}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="200,160,120,255,rgb:0.78431372549019607,0.62745098039215685,0.47058823529411764,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="13" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{4135607e-3735-4173-a76f-c71fca952d80}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="200,190,120,255,rgb:0.78431372549019607,0.74509803921568629,0.47058823529411764,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="14" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{73cae50f-9f5e-450e-94e9-75d19e234d14}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="160,200,110,255,rgb:0.62745098039215685,0.78431372549019607,0.43137254901960786,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="15" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{c6b3f0a7-c593-4446-9a1a-6b597d216621}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="230,200,240,255,rgb:0.90196078431372551,0.78431372549019607,0.94117647058823528,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="16" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{b215f952-9bb1-488a-9696-fff918951974}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="225,225,225,255,rgb:0.88235294117647056,0.88235294117647056,0.88235294117647056,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="17" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{ec06cb3a-b3ee-420a-b80e-dff29381d2f1}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="235,215,185,255,rgb:0.92156862745098034,0.84313725490196079,0.72549019607843135,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="18" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{3af75636-b97e-45d0-975b-1f33f5d467f9}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="245,240,220,255,rgb:0.96078431372549022,0.94117647058823528,0.86274509803921573,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="19" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{0b0c26ce-a684-4b98-a438-2118eabe8a36}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="2" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{a68d96a4-ec80-4189-84ac-fdfcc09c8a10}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="60,140,70,255,rgb:0.23529411764705882,0.5490196078431373,0.27450980392156865,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="3" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{c45ac26d-6a6a-4299-a2f3-5fa5ecdc79f6}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="120,180,235,255,rgb:0.47058823529411764,0.70588235294117652,0.92156862745098034,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="4" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{d4e839de-5693-4bcb-9849-11a00faae4fa}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="190,210,160,255,rgb:0.74509803921568629,0.82352941176470584,0.62745098039215685,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="5" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{a0ee159d-359d-4dc8-b308-f8559d573998}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="255,235,100,255,rgb:1,0.92156862745098034,0.39215686274509803,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="6" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{2a6a6cea-b769-494d-b225-fef47fc22976}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="245,110,110,255,rgb:0.96078431372549022,0.43137254901960786,0.43137254901960786,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="7" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{30f148f2-3a18-44d2-95a7-d32c1836a9bc}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="150,140,220,255,rgb:0.58823529411764708,0.5490196078431373,0.86274509803921573,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="8" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{ef49beb7-c4c3-4bf6-a10c-36f19b2a4f71}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="240,160,200,255,rgb:0.94117647058823528,0.62745098039215685,0.78431372549019607,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" type="fill" is_animated="0" alpha="1" name="9" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{36482cc2-6f59-4fb4-a947-81e96ceaa526}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="190,190,190,255,rgb:0.74509803921568629,0.74509803921568629,0.74509803921568629,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" name="name" value=""/>
        <Option name="properties"/>
        <Option type="QString" name="type" value="collection"/>
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
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
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
    <alias name="" field="gml_id" index="0"/>
    <alias name="" field="feature_type" index="1"/>
    <alias name="" field="name" index="2"/>
    <alias name="" field="class" index="3"/>
    <alias name="" field="function" index="4"/>
    <alias name="" field="usage" index="5"/>
    <alias name="" field="hazard" index="6"/>
    <alias name="" field="flood_scale" index="7"/>
    <alias name="" field="flood_rank" index="8"/>
    <alias name="" field="flood_rank_label" index="9"/>
    <alias name="" field="flood_depth" index="10"/>
    <alias name="" field="flood_river" index="11"/>
    <alias name="" field="admin_type" index="12"/>
    <alias name="" field="source_file" index="13"/>
    <alias name="" field="attributes_json" index="14"/>
    <alias name="" field="scenario" index="15"/>
    <alias name="" field="class_code" index="16"/>
    <alias name="" field="function_code" index="17"/>
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
    <default expression="" applyOnUpdate="0" field="gml_id"/>
    <default expression="" applyOnUpdate="0" field="feature_type"/>
    <default expression="" applyOnUpdate="0" field="name"/>
    <default expression="" applyOnUpdate="0" field="class"/>
    <default expression="" applyOnUpdate="0" field="function"/>
    <default expression="" applyOnUpdate="0" field="usage"/>
    <default expression="" applyOnUpdate="0" field="hazard"/>
    <default expression="" applyOnUpdate="0" field="flood_scale"/>
    <default expression="" applyOnUpdate="0" field="flood_rank"/>
    <default expression="" applyOnUpdate="0" field="flood_rank_label"/>
    <default expression="" applyOnUpdate="0" field="flood_depth"/>
    <default expression="" applyOnUpdate="0" field="flood_river"/>
    <default expression="" applyOnUpdate="0" field="admin_type"/>
    <default expression="" applyOnUpdate="0" field="source_file"/>
    <default expression="" applyOnUpdate="0" field="attributes_json"/>
    <default expression="" applyOnUpdate="0" field="scenario"/>
    <default expression="" applyOnUpdate="0" field="class_code"/>
    <default expression="" applyOnUpdate="0" field="function_code"/>
  </defaults>
  <constraints>
    <constraint constraints="0" field="gml_id" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="feature_type" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="name" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="class" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="function" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="usage" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="hazard" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="flood_scale" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="flood_rank" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="flood_rank_label" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="flood_depth" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="flood_river" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="admin_type" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="source_file" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="attributes_json" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="scenario" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="class_code" notnull_strength="0" exp_strength="0" unique_strength="0"/>
    <constraint constraints="0" field="function_code" notnull_strength="0" exp_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="gml_id" desc="" exp=""/>
    <constraint field="feature_type" desc="" exp=""/>
    <constraint field="name" desc="" exp=""/>
    <constraint field="class" desc="" exp=""/>
    <constraint field="function" desc="" exp=""/>
    <constraint field="usage" desc="" exp=""/>
    <constraint field="hazard" desc="" exp=""/>
    <constraint field="flood_scale" desc="" exp=""/>
    <constraint field="flood_rank" desc="" exp=""/>
    <constraint field="flood_rank_label" desc="" exp=""/>
    <constraint field="flood_depth" desc="" exp=""/>
    <constraint field="flood_river" desc="" exp=""/>
    <constraint field="admin_type" desc="" exp=""/>
    <constraint field="source_file" desc="" exp=""/>
    <constraint field="attributes_json" desc="" exp=""/>
    <constraint field="scenario" desc="" exp=""/>
    <constraint field="class_code" desc="" exp=""/>
    <constraint field="function_code" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" sortOrder="0" actionWidgetStyle="dropDown">
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
